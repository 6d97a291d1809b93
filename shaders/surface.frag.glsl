// The landscape coloured through a colormap, with anti-aliased contour lines. Spliced after
// view.glsl, the landscape's `float f(vec2 p)` and colormap_shading.glsl.
out vec4 o_color;

void main() {
  float v = f(worldAtFragment());
  bool finite = isFiniteValue(v);
  float t = finite ? scaled(v) : 0.0;
  if (!isFiniteValue(t)) {
    finite = false;
    t = 0.0;
  }
  // Derivatives are taken in uniform control flow, before any branch on this pixel's value.
  float c = t * u_contourCount;
  float width = fwidth(c);
  o_color = vec4(finite ? shadedColor(t, c, width) : kNonFiniteColor, 1.0);
}
