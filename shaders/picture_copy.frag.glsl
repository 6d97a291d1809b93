// Copies a picture onto the viewport, stretched to fill it (app/render/canvas3d.h): pixel for pixel
// when the sizes agree, upscaled with the texture's filtering when the picture was drawn smaller.
uniform sampler2D t_image;
uniform vec2 u_viewportOrigin;  // window pixels
uniform vec2 u_viewportSize;

out vec4 o_color;

void main() { o_color = texture(t_image, (gl_FragCoord.xy - u_viewportOrigin) / u_viewportSize); }
