// A 3D trail's colour with an anti-aliased edge one pixel wide, solid or dashed as the 2D trail
// (shaders/trail.frag.glsl, dash.glsl): dashes measured in pixels at the camera target's depth, with
// round caps; faint where the surface is in front of it.
const int kSlots = 64;  // Trail3dPass's kSlots

uniform vec4 u_colors[kSlots];  // per slot: straight alpha
uniform float u_halfWidths[kSlots];  // per slot: pixels, with the fringe
uniform vec4 u_dashes[kSlots];       // per slot: dashGap's pattern, pixels
uniform float u_pixelsPerUnit;  // converts the model length v_along to pixels
uniform sampler2D t_surfaceDepth;  // the surface's depth under each pixel of the viewport
uniform ivec2 u_viewportOrigin;    // the viewport's first pixel in the framebuffer
uniform float u_hiddenOpacity;     // how a trail behind the surface shows through

in float v_across;
in float v_along;
flat in int v_slot;
out vec4 o_color;

void main() {
  vec4 color = u_colors[v_slot];
  float beyond = dashGap(v_along * u_pixelsPerUnit, u_dashes[v_slot]);
  float coverage = clamp(u_halfWidths[v_slot] - length(vec2(beyond, v_across)), 0.0, 1.0);
  if (coverage <= 0.0) discard;
  // The depth test's LEQUAL, on the surface's depth (1.0 where there is none).
  float surface = texelFetch(t_surfaceDepth, ivec2(gl_FragCoord.xy) - u_viewportOrigin, 0).r;
  float opacity = gl_FragCoord.z <= surface ? 1.0 : u_hiddenOpacity;
  o_color = vec4(color.rgb, color.a * opacity * coverage);
}
