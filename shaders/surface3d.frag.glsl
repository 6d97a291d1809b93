// The 3D surface's colour: the 2D surface's colormap and contours at this point, lit from the exact
// normal (the formula's gradient f_grad, chained through the colour scale's slope: no finite
// differences). Flat ground keeps its colour bar colour exactly; slopes facing away darken. Spliced
// after f, the formula's derivatives (f_grad) and colormap_shading.glsl.
uniform float u_modelPerWorld;
uniform float u_heightScale;
uniform vec3 u_light;  // unit vector towards the light, z > 0

in vec2 v_world;
out vec4 o_color;

const float kAmbient = 0.4;

void main() {
  vec3 fg = f_grad(v_world);  // f, df/dx, df/dy
  float v = fg.x;
  bool finite = !(isnan(v) || isinf(v));
  float t = finite ? scaled(v) : 0.0;
  if (isnan(t) || isinf(t)) {
    finite = false;
    t = 0.0;
  }
  float c = t * u_contourCount;
  float width = fwidth(c);
  vec3 color = shadedColor(t, c, width);
  // Z = heightScale * t(f) over X = modelPerWorld * x: dZ/dX = heightScale * t'(f) * df/dx / modelPerWorld.
  bool clamped = t <= 0.0 || t >= 1.0;
  vec2 slope = clamped ? vec2(0.0) : (u_heightScale * scaledSlope(v) / u_modelPerWorld) * fg.yz;
  if (any(isnan(slope)) || any(isinf(slope))) slope = vec2(0.0);
  vec3 normal = normalize(vec3(-slope, 1.0));
  if (!gl_FrontFacing) normal = -normal;  // the underside, seen from below
  float light = min(1.0, kAmbient + (1.0 - kAmbient) * max(dot(normal, u_light), 0.0) / u_light.z);
  o_color = vec4(finite ? color * light : kNonFiniteColor, 1.0);
}
