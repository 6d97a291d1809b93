// Marker shapes as signed distances in pixels: disc, square, triangle, diamond, cross (heads), ring
// (start), star (known minimum), arrow (gradient / step); codes set by marker_pass.cpp's shaderCode. Filled with v_color, outlined in near-black, anti-aliased.
in vec2 v_local;
flat in float v_length;
flat in vec4 v_color;
flat in vec4 v_shape;

out vec4 o_color;

float sdSegment(vec2 p, float len) { return length(p - vec2(clamp(p.x, 0.0, len), 0.0)); }

// Five-pointed star pointing up (y); r = outer radius, inner radius = r * inner.
float sdStar(vec2 p, float r, float inner) {
  const float kPi = 3.14159265;
  float sector = 2.0 * kPi / 5.0;
  float angle = atan(p.x, p.y);  // 0 at the top point
  float a = mod(angle + 0.5 * sector, sector) - 0.5 * sector;
  vec2 q = length(p) * vec2(cos(a), abs(sin(a)));  // folded into one half-spike, spike along x
  vec2 tip = vec2(r, 0.0);
  vec2 valley = r * inner * vec2(cos(0.5 * sector), sin(0.5 * sector));
  vec2 edge = valley - tip;
  float h = clamp(dot(q - tip, edge) / dot(edge, edge), 0.0, 1.0);
  float d = length(q - tip - edge * h);
  float side = edge.x * (q.y - tip.y) - edge.y * (q.x - tip.x);  // > 0: inside
  return side > 0.0 ? -d : d;
}

float sdArrow(vec2 p, float len, float r) {
  float head = min(2.4 * r, 0.7 * len);
  float shaft = sdSegment(p, max(len - head, 0.0)) - 0.3 * r;
  // Triangle: base at x = len - head (half-width r), tip at x = len.
  vec2 n = normalize(vec2(r, head));
  float sides = dot(vec2(p.x - len, abs(p.y)), n);
  float tri = max(len - head - p.x, sides);
  return min(shaft, tri);
}

// Equilateral triangle pointing up (y) with circumradius r (after Inigo Quilez's exact distance).
float sdTriangle(vec2 p, float r) {
  const float k = 1.7320508;
  float halfSide = r * 0.8660254;
  p.x = abs(p.x) - halfSide;
  p.y = p.y + halfSide / k;
  if (p.x + k * p.y > 0.0) p = vec2(p.x - k * p.y, -k * p.x - p.y) / 2.0;
  p.x -= clamp(p.x, -2.0 * halfSide, 0.0);
  return -length(p) * sign(p.y);
}

float sdBox(vec2 p, float h) {
  vec2 q = abs(p) - vec2(h);
  return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0);
}

// A plus sign: bars `halfWidth` wide on each side of the centre lines, arms reaching `reach`.
float sdCross(vec2 p, float halfWidth, float reach) {
  vec2 q = abs(p);
  vec2 a = q - vec2(halfWidth, reach), b = q - vec2(reach, halfWidth);
  float da = length(max(a, 0.0)) + min(max(a.x, a.y), 0.0);
  float db = length(max(b, 0.0)) + min(max(b.x, b.y), 0.0);
  return min(da, db);
}

void main() {
  int kind = int(v_shape.x + 0.5);
  float r = v_shape.y;
  float outline = v_shape.z;
  float d;
  if (kind == 0) d = length(v_local) - r;
  else if (kind == 1) d = abs(length(v_local) - 0.72 * r) - 0.28 * r;
  else if (kind == 2) d = sdStar(v_local, r, 0.45);
  else if (kind == 3) d = sdArrow(v_local, v_length, r);
  else if (kind == 4) d = sdBox(v_local, 0.88 * r);
  else if (kind == 5) d = sdTriangle(v_local - vec2(0.0, -0.2 * r), 1.45 * r);
  else if (kind == 6) d = (abs(v_local.x) + abs(v_local.y) - 1.25 * r) * 0.7071068;
  else d = sdCross(v_local, 0.35 * r, 1.1 * r);  // cairo_marks.cpp's plus sign

  float fill = clamp(0.5 - d, 0.0, 1.0);
  float outer = clamp(0.5 - (d - outline), 0.0, 1.0);
  if (outer <= 0.0) discard;
  vec3 ink = vec3(0.05, 0.05, 0.06);
  o_color = vec4(mix(ink, v_color.rgb, fill), outer * mix(0.85, v_color.a, fill));
}
