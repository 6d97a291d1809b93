// Dashes with round caps, shared by the 2D and 3D trails: the pixels along the line from arc length
// `s` (pixels) to the nearest drawn stretch of `dash` (pixels drawn, skipped, drawn, skipped: the
// app's dashPixels of figure::dashSequence, a two-length pattern followed by zeros; skipped = 0 is a
// solid line). The caller adds the cap's round end from this distance and its own across the line.
float dashGap(float s, vec4 dash) {
  if (dash.y <= 0.0) return 0.0;
  float period = dash.x + dash.y + dash.z + dash.w;
  float u = mod(s, period);
  if (u <= dash.x) return 0.0;
  if (dash.w <= 0.0) return min(u - dash.x, period - u);
  float second = dash.x + dash.y;  // where the second drawn stretch starts
  if (u < second) return min(u - dash.x, second - u);
  float end = second + dash.z;
  return u <= end ? 0.0 : min(u - end, period - u);
}
