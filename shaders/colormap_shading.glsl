// Shared by the 2D and 3D surfaces: a value's position on the colour scale (sim::ColorScale), its
// colormap colour and the anti-aliased contour lines over it.
uniform sampler2D t_colormap;  // 256x1 RGB, low end at s = 0
uniform int u_logScale;        // 0: t = (f - lo) / (hi - lo); 1: log scale
uniform float u_lo;            // low end of the value range
uniform float u_hi;            // high end (linear)
uniform float u_eps;           // log offset: log(f - lo + eps)
uniform float u_logLo;         // log(eps)
uniform float u_logSpan;       // log(hiLog - lo + eps) - log(eps), > 0
uniform float u_contourCount;  // lines per unit of t; 0 = none
uniform float u_contourOpacity;

const vec3 kNonFiniteColor = vec3(0.16, 0.16, 0.17);

float scaled(float v) {
  if (u_logScale != 0) return (log(max(v - u_lo, 0.0) + u_eps) - u_logLo) / u_logSpan;
  return (v - u_lo) / (u_hi - u_lo);
}

// dt/df at value v (0 where t is clamped is the caller's business).
float scaledSlope(float v) {
  if (u_logScale != 0) return 1.0 / ((max(v - u_lo, 0.0) + u_eps) * u_logSpan);
  return 1.0 / (u_hi - u_lo);
}

// The colour at scale position t with contours; c = t * u_contourCount and width = fwidth(c), which
// the caller takes in uniform control flow.
vec3 shadedColor(float t, float c, float width) {
  float s = clamp(t, 0.0, 1.0) * (255.0 / 256.0) + 0.5 / 256.0;
  vec3 color = texture(t_colormap, vec2(s, 0.5)).rgb;
  if (u_contourCount > 0.0 && width > 0.0 && !(isnan(width) || isinf(width))) {
    float pixels = abs(fract(c + 0.5) - 0.5) / width;  // distance to the nearest line, in pixels
    float line = 1.0 - smoothstep(0.35, 1.15, pixels);
    line *= 1.0 - smoothstep(0.12, 0.4, width);  // fade where lines crowd closer than ~3 px
    line *= step(0.5, c);  // the level of the minimum itself is a point, not a line
    // Dark lines on light colours, light lines on dark ones; t is constant along a line, so the
    // choice never flips along it.
    float luminance = dot(color, vec3(0.2126, 0.7152, 0.0722));
    vec3 ink = luminance > 0.33 ? color * 0.3 : mix(color, vec3(1.0), 0.6);
    color = mix(color, ink, line * u_contourOpacity);
  }
  return color;
}
