// One instance per trail segment: a_p0 and a_p1 read consecutive vertices of the same buffer, a_s0
// the arc length at a_p0 (world units; 0 where no buffer feeds it, e.g. strip blits).
layout(location = 0) in vec2 a_p0;
layout(location = 1) in vec2 a_p1;
layout(location = 2) in float a_s0;
uniform float u_halfWidth;  // pixels

flat out float v_s0;

void main() {
  v_s0 = a_s0;
  gl_Position = segmentQuad(a_p0, a_p1, u_halfWidth + 1.0);
}
