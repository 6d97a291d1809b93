// Full-screen triangle generated from gl_VertexID (draw 3 vertices, no vertex buffer): it covers
// the whole viewport; fragment shaders locate themselves with gl_FragCoord.
void main() {
  vec2 corner = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));  // (0,0) (2,0) (0,2)
  gl_Position = vec4(corner * 2.0 - 1.0, 0.0, 1.0);
}
