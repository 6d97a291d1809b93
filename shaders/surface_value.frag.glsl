// Debug/parity mode: the raw value f(p) into a single-channel float target. Spliced after
// view.glsl and the landscape's `float f(vec2 p)`.
out float o_value;

void main() { o_value = f(worldAtFragment()); }
