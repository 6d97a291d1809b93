// A 3D trail's colour with an anti-aliased edge one pixel wide, solid or dashed as the 2D trail
// (shaders/trail.frag.glsl): dashes measured in pixels at the camera target's depth, with round caps.
const int kSlots = 64;  // Trail3dPass's kSlots

uniform vec4 u_colors[kSlots];  // per slot: straight alpha
uniform vec4 u_shapes[kSlots];  // per slot: half width in pixels (with the fringe), dash on, dash off (0: solid)
uniform float u_opacity;        // the pass's: faint behind the surface
uniform float u_pixelsPerUnit;  // converts the model length v_along to pixels

in float v_across;
in float v_along;
flat in int v_slot;
out vec4 o_color;

void main() {
  vec4 shape = u_shapes[v_slot];
  vec4 color = u_colors[v_slot];
  float beyond = 0.0;  // pixels along the line to the nearest drawn stretch
  if (shape.z > 0.0) {
    float period = shape.y + shape.z;
    float u = mod(v_along * u_pixelsPerUnit, period);
    beyond = u <= shape.y ? 0.0 : min(u - shape.y, period - u);
  }
  float coverage = clamp(shape.x - length(vec2(beyond, v_across)), 0.0, 1.0);
  if (coverage <= 0.0) discard;
  o_color = vec4(color.rgb, color.a * u_opacity * coverage);
}
