// A round-capped segment of a trail, anti-aliased by its pixel distance. Halo mode draws a
// darkening (blended with GL_MIN, so overlapping segments do not darken twice).
in vec2 v_local;
flat in float v_length;
uniform vec4 u_color;       // straight alpha
uniform float u_halfWidth;  // pixels
uniform int u_halo;         // 1: output a darkening level for GL_MIN blending

out vec4 o_color;

void main() {
  float d = length(v_local - vec2(clamp(v_local.x, 0.0, v_length), 0.0)) - u_halfWidth;
  float coverage = clamp(0.5 - d, 0.0, 1.0);
  if (coverage <= 0.0) discard;
  if (u_halo != 0) {
    o_color = vec4(mix(vec3(1.0), u_color.rgb, coverage * u_color.a), 1.0);
  } else {
    o_color = vec4(u_color.rgb, u_color.a * coverage);
  }
}
