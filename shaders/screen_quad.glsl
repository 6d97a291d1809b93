// Shared by instanced shapes (trail segments, markers): a quad around the segment p0→p1 in pixel
// space, padded by u_pad pixels, with the fragment's position in the segment's own frame.
uniform vec2 u_viewMin;       // world coordinates of the viewport's lower-left corner
uniform vec2 u_viewSize;      // world width and height of the view
uniform vec2 u_viewportSize;  // pixels

out vec2 v_local;        // pixels: x along p0→p1 from p0, y across (left positive)
flat out float v_length; // pixel length of the segment

vec2 toPixels(vec2 world) { return (world - u_viewMin) / u_viewSize * u_viewportSize; }

// gl_VertexID 0..3 of a triangle strip.
vec4 segmentQuad(vec2 p0, vec2 p1, float pad) {
  vec2 q0 = toPixels(p0);
  vec2 delta = toPixels(p1) - q0;
  float scale = max(abs(delta.x), abs(delta.y));  // avoids overflow squaring far-away points
  vec2 direction = scale > 1e-6 ? normalize(delta / scale) : vec2(1.0, 0.0);
  float len = scale > 1e-6 ? scale * length(delta / scale) : 0.0;
  vec2 normal = vec2(-direction.y, direction.x);
  float along = (gl_VertexID & 1) == 0 ? -pad : len + pad;
  float across = (gl_VertexID >> 1) == 0 ? -pad : pad;
  v_local = vec2(along, across);
  v_length = len;
  vec2 pixel = q0 + direction * along + normal * across;
  return vec4(pixel / u_viewportSize * 2.0 - 1.0, 0.0, 1.0);
}
