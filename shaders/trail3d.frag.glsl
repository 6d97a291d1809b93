// A 3D trail's colour with an anti-aliased edge one pixel wide, solid or dashed as the 2D trail
// (shaders/trail.frag.glsl): dashes measured in pixels at the camera target's depth, with round caps.
uniform vec4 u_color;  // straight alpha
uniform float u_halfWidth;      // pixels, including the anti-aliasing fringe
uniform vec2 u_dash;            // pixels drawn, pixels skipped; skipped = 0: solid
uniform float u_pixelsPerUnit;  // converts the model length v_along to pixels

in float v_across;
in float v_along;
out vec4 o_color;

void main() {
  float beyond = 0.0;  // pixels along the line to the nearest drawn stretch
  if (u_dash.y > 0.0) {
    float period = u_dash.x + u_dash.y;
    float u = mod(v_along * u_pixelsPerUnit, period);
    beyond = u <= u_dash.x ? 0.0 : min(u - u_dash.x, period - u);
  }
  float coverage = clamp(u_halfWidth - length(vec2(beyond, v_across)), 0.0, 1.0);
  if (coverage <= 0.0) discard;
  o_color = vec4(u_color.rgb, u_color.a * coverage);
}
