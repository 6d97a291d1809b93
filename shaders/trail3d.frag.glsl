// A 3D trail's colour with an anti-aliased edge one pixel wide, solid or dashed as the 2D trail
// (shaders/trail.frag.glsl, dash.glsl): dashes measured in pixels at the camera target's depth, with
// round caps.
const int kSlots = 64;  // Trail3dPass's kSlots

uniform vec4 u_colors[kSlots];  // per slot: straight alpha
uniform float u_halfWidths[kSlots];  // per slot: pixels, with the fringe
uniform vec4 u_dashes[kSlots];       // per slot: dashGap's pattern, pixels
uniform float u_opacity;        // the pass's: faint behind the surface
uniform float u_pixelsPerUnit;  // converts the model length v_along to pixels

in float v_across;
in float v_along;
flat in int v_slot;
out vec4 o_color;

void main() {
  vec4 color = u_colors[v_slot];
  float beyond = dashGap(v_along * u_pixelsPerUnit, u_dashes[v_slot]);
  float coverage = clamp(u_halfWidths[v_slot] - length(vec2(beyond, v_across)), 0.0, 1.0);
  if (coverage <= 0.0) discard;
  o_color = vec4(color.rgb, color.a * u_opacity * coverage);
}
