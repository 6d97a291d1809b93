// Shared: the world point under this fragment. The viewport's pixel (i, j) centre maps to
// u_viewMin + (i + 0.5, j + 0.5) * u_pixelSize (y up, like the world).
uniform vec2 u_viewMin;        // world coordinates of the viewport's lower-left corner
uniform vec2 u_pixelSize;      // world units per pixel, x and y
uniform vec2 u_viewportOrigin; // lower-left pixel of the viewport in the framebuffer

vec2 worldAtFragment() {
  return u_viewMin + (gl_FragCoord.xy - u_viewportOrigin) * u_pixelSize;
}

bool isFiniteValue(float v) { return !(isnan(v) || isinf(v)); }
