// One instance per trail segment: a_p0 and a_p1 read consecutive points of the same buffer.
layout(location = 0) in vec2 a_p0;
layout(location = 1) in vec2 a_p1;
uniform float u_halfWidth;  // pixels

void main() { gl_Position = segmentQuad(a_p0, a_p1, u_halfWidth + 1.0); }
