// One segment of a 3D trail per six vertices (app/render/trail3d.h) as a screen-space quad of constant
// pixel width, extended by half the width at both ends so consecutive segments join without gaps.
// Pulled slightly towards the eye in depth so that a trail lying on the surface is never buried.
// Every trail's segments, halos included, come in one draw: the segment table says where each
// segment's points are and which style slot (u_colors, u_halfWidths, u_dashes) it uses.
const int kSlots = 64;  // Trail3dPass's kSlots

uniform samplerBuffer t_points;     // per point: model x y z, and the path's model length up to it
uniform isamplerBuffer t_segments;  // per segment: its first point's index, its layer
uniform int u_firstLayer;           // the layer in slot 0
uniform float u_halfWidths[kSlots];  // per slot: pixels, with the anti-aliasing fringe

uniform mat4 u_viewProjection;
uniform vec2 u_viewportSize;  // pixels
uniform float u_depthBias;    // in normalised depth

out float v_across;  // -half width .. half width, pixels
out float v_along;   // the path's model length here (for dashes)
flat out int v_slot;

void main() {
  // Corners of two triangles: (end, side) with end 0 = p0, 1 = p1.
  const vec2 corners[6] = vec2[6](vec2(0, -1), vec2(1, -1), vec2(1, 1), vec2(0, -1), vec2(1, 1), vec2(0, 1));
  vec2 corner = corners[gl_VertexID % 6];
  ivec4 segment = texelFetch(t_segments, gl_VertexID / 6);
  int slot = segment.y - u_firstLayer;
  float halfWidth = u_halfWidths[slot];
  v_slot = slot;
  vec4 p0 = texelFetch(t_points, segment.x);
  vec4 p1 = texelFetch(t_points, segment.x + 1);
  vec4 a = u_viewProjection * vec4(p0.xyz, 1.0);
  vec4 b = u_viewProjection * vec4(p1.xyz, 1.0);
  if (a.w <= 0.0 || b.w <= 0.0) {  // reaches behind the eye: dropped
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    v_across = 0.0;
    v_along = 0.0;
    return;
  }
  vec2 halfSize = 0.5 * u_viewportSize;
  vec2 sa = a.xy / a.w * halfSize, sb = b.xy / b.w * halfSize;
  vec2 along = sb - sa;
  float len = length(along);
  vec2 dir = len > 1e-6 ? along / len : vec2(1.0, 0.0);
  vec2 normal = vec2(-dir.y, dir.x);
  vec4 p = corner.x < 0.5 ? a : b;
  vec2 s = (corner.x < 0.5 ? sa : sb) + normal * corner.y * halfWidth + dir * (corner.x < 0.5 ? -1.0 : 1.0) * 0.5 * halfWidth;
  p.xy = s / halfSize * p.w;
  p.z -= u_depthBias * p.w;
  gl_Position = p;
  v_across = corner.y * halfWidth;
  v_along = corner.x < 0.5 ? p0.w : p1.w;
}
