// A round-capped segment of a trail, anti-aliased by its pixel distance, solid or dashed. Halo mode
// draws a darkening (blended with GL_MIN, so overlapping segments do not darken twice).
in vec2 v_local;
flat in float v_length;
flat in float v_s0;
uniform vec4 u_color;           // straight alpha
uniform float u_halfWidth;      // pixels
uniform int u_halo;             // 1: output a darkening level for GL_MIN blending
uniform vec2 u_dash;            // pixels drawn, pixels skipped; skipped = 0: solid
uniform float u_pixelsPerUnit;  // converts the arc length a_s0 to pixels

out vec4 o_color;

void main() {
  float along = clamp(v_local.x, 0.0, v_length);
  float beyond = abs(v_local.x - along);  // past a round cap
  if (u_dash.y > 0.0) {
    // Distance along the line to the nearest drawn stretch: dashes get round caps of their own.
    float period = u_dash.x + u_dash.y;
    float u = mod(v_s0 * u_pixelsPerUnit + along, period);
    beyond += u <= u_dash.x ? 0.0 : min(u - u_dash.x, period - u);
  }
  float d = length(vec2(beyond, v_local.y)) - u_halfWidth;
  float coverage = clamp(0.5 - d, 0.0, 1.0);
  if (coverage <= 0.0) discard;
  if (u_halo != 0) {
    o_color = vec4(mix(vec3(1.0), u_color.rgb, coverage * u_color.a), 1.0);
  } else {
    o_color = vec4(u_color.rgb, u_color.a * coverage);
  }
}
