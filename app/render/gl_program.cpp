// See gl_program.h.
#include "app/render/gl_program.h"

#include <vector>

namespace lv::render {
namespace {

// The info log of a shader or program, read with the matching pair of GL getters.
template <class GetLength, class GetLog>
std::string infoLog(GLuint id, GetLength getLength, GetLog getLog) {
  GLint length = 0;
  getLength(id, GL_INFO_LOG_LENGTH, &length);
  std::vector<char> log(std::size_t(length > 1 ? length : 1), '\0');
  getLog(id, GLsizei(log.size()), nullptr, log.data());
  return log.data();
}

std::string shaderLog(GLuint shader) { return infoLog(shader, glGetShaderiv, glGetShaderInfoLog); }
std::string programLog(GLuint program) { return infoLog(program, glGetProgramiv, glGetProgramInfoLog); }

// Returns the shader id, or 0 with *error set.
GLuint compile(GLenum stage, const char* stageName, const std::string& source, std::string* error) {
  GLuint shader = glCreateShader(stage);
  const char* text = source.c_str();
  glShaderSource(shader, 1, &text, nullptr);
  glCompileShader(shader);
  GLint ok = GL_FALSE;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (ok == GL_TRUE) return shader;
  if (error) *error = std::string(stageName) + " shader: " + shaderLog(shader);
  glDeleteShader(shader);
  return 0;
}

}  // namespace

GlProgram GlProgram::build(const ProgramSources& sources, std::string* error) {
  struct Stage {
    GLenum type;
    const char* name;
    const std::string* source;
  };
  const Stage stages[] = {{GL_VERTEX_SHADER, "vertex", &sources.vertex},
                          {GL_GEOMETRY_SHADER, "geometry", &sources.geometry},
                          {GL_FRAGMENT_SHADER, "fragment", &sources.fragment}};
  std::vector<GLuint> shaders;
  bool ok = true;
  for (const Stage& stage : stages) {
    if (stage.source->empty()) continue;
    GLuint shader = compile(stage.type, stage.name, *stage.source, error);
    if (shader == 0) {
      ok = false;
      break;
    }
    shaders.push_back(shader);
  }
  GlProgram program;
  if (ok) {
    program.id_ = glCreateProgram();
    for (GLuint shader : shaders) glAttachShader(program.id_, shader);
    glLinkProgram(program.id_);
    GLint linked = GL_FALSE;
    glGetProgramiv(program.id_, GL_LINK_STATUS, &linked);
    if (linked != GL_TRUE) {
      if (error) *error = "link: " + programLog(program.id_);
      program.reset();
    }
  }
  for (GLuint shader : shaders) glDeleteShader(shader);  // the program keeps what it needs
  return program;
}

GlProgram& GlProgram::operator=(GlProgram&& other) noexcept {
  if (this != &other) {
    reset();
    id_ = other.id_;
    other.id_ = 0;
  }
  return *this;
}

void GlProgram::reset() {
  if (id_ != 0) glDeleteProgram(id_);
  id_ = 0;
}

void GlProgram::use() const { glUseProgram(id_); }

}  // namespace lv::render
