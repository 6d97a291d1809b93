// A 3D trail's colour with an anti-aliased edge one pixel wide.
uniform vec4 u_color;  // straight alpha
uniform float u_halfWidth;

in float v_across;
out vec4 o_color;

void main() {
  float coverage = clamp(u_halfWidth - abs(v_across), 0.0, 1.0);
  o_color = vec4(u_color.rgb, u_color.a * coverage);
}
