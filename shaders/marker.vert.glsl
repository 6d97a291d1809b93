// One instance per marker: a point marker (p0 == p1) or an arrow p0→p1.
layout(location = 0) in vec2 a_p0;
layout(location = 1) in vec2 a_p1;
layout(location = 2) in vec4 a_color;   // fill, straight alpha
layout(location = 3) in vec4 a_shape;   // kind, radius px, outline px, unused

flat out vec4 v_color;
flat out vec4 v_shape;

void main() {
  v_color = a_color;
  v_shape = a_shape;
  // Triangles and diamonds reach 1.25-1.45 radii from the centre.
  gl_Position = segmentQuad(a_p0, a_p1, 1.5 * a_shape.y + a_shape.z + 1.5);
}
