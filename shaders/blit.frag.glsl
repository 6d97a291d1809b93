// Copies a texture pixel for pixel: texel = fragment - u_viewportOrigin (strip_blit_pass.h).
uniform sampler2D t_image;
uniform vec2 u_viewportOrigin;

out vec4 o_color;

void main() { o_color = texelFetch(t_image, ivec2(gl_FragCoord.xy - u_viewportOrigin), 0); }
