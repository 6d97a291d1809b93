// A round-capped segment of a trail, anti-aliased by its pixel distance, solid or dashed (dash.glsl). Halo mode
// draws a darkening (blended with GL_MIN, so overlapping segments do not darken twice).
in vec2 v_local;
flat in float v_length;
flat in float v_s0;
uniform vec4 u_color;           // straight alpha
uniform float u_halfWidth;      // pixels
uniform int u_halo;             // 1: output a darkening level for GL_MIN blending
uniform vec4 u_dash;            // dashGap's pattern, pixels
uniform float u_pixelsPerUnit;  // converts the arc length a_s0 to pixels

out vec4 o_color;

void main() {
  float along = clamp(v_local.x, 0.0, v_length);
  float beyond = abs(v_local.x - along);  // past a round cap
  beyond += dashGap(v_s0 * u_pixelsPerUnit + along, u_dash);  // dashes get round caps of their own
  float d = length(vec2(beyond, v_local.y)) - u_halfWidth;
  float coverage = clamp(0.5 - d, 0.0, 1.0);
  if (coverage <= 0.0) discard;
  if (u_halo != 0) {
    o_color = vec4(mix(vec3(1.0), u_color.rgb, coverage * u_color.a), 1.0);
  } else {
    o_color = vec4(u_color.rgb, u_color.a * coverage);
  }
}
