// A surface's values on a grid of nodes (render::ValueGrid), interpolated: stands in for the
// landscape's `float f(vec2 p)` and `vec3 f_grad(vec2 p)` (f and its gradient, the interpolant's
// own) where evaluating f at every pixel costs too much. Texel (i, j) of
// t_values holds f at u_gridOrigin + (i, j) * u_gridStep.
uniform sampler2D t_values;
uniform vec2 u_gridOrigin;
uniform vec2 u_gridStep;

float lv_node(ivec2 k) {
  return texelFetch(t_values, clamp(k, ivec2(0), textureSize(t_values, 0) - 1), 0).r;
}

// Catmull-Rom weights of the nodes at -1, 0, 1 and 2 for a point t of the way from node 0 to node 1:
// the curve passes through the nodes and its slope is continuous, so contours bend smoothly.
vec4 lv_catmullRom(float t) {
  float t2 = t * t;
  float t3 = t2 * t;
  return 0.5 * vec4(-t3 + 2.0 * t2 - t, 3.0 * t3 - 5.0 * t2 + 2.0, -3.0 * t3 + 4.0 * t2 + t, t3 - t2);
}

// d/dt of lv_catmullRom's weights.
vec4 lv_catmullRomSlope(float t) {
  float t2 = t * t;
  return 0.5 * vec4(-3.0 * t2 + 4.0 * t - 1.0, 9.0 * t2 - 10.0 * t, -9.0 * t2 + 8.0 * t + 1.0, 3.0 * t2 - 2.0 * t);
}

vec3 f_grad(vec2 p) {
  vec2 g = (p - u_gridOrigin) / u_gridStep;
  vec2 cell = floor(g);
  vec2 t = g - cell;
  vec4 wx = lv_catmullRom(t.x);
  vec4 wy = lv_catmullRom(t.y);
  vec4 sx = lv_catmullRomSlope(t.x);
  vec4 sy = lv_catmullRomSlope(t.y);
  ivec2 corner = ivec2(cell) - 1;
  vec3 sum = vec3(0.0);
  for (int j = 0; j < 4; ++j) {
    vec4 row = vec4(lv_node(corner + ivec2(0, j)), lv_node(corner + ivec2(1, j)), lv_node(corner + ivec2(2, j)),
                    lv_node(corner + ivec2(3, j)));
    float across = dot(wx, row);
    sum += vec3(wy[j] * across, wy[j] * dot(sx, row), sy[j] * across);
  }
  return vec3(sum.x, sum.y / u_gridStep.x, sum.z / u_gridStep.y);
}

float f(vec2 p) { return f_grad(p).x; }
