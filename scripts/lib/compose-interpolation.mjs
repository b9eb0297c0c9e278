// Compose file variable interpolation, as the Compose Specification defines it
// (https://github.com/compose-spec/compose-spec/blob/main/spec.md#interpolation): ${VAR}, $VAR,
// ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}, ${VAR:+replacement},
// ${VAR+replacement}, and $$ for a literal $. Used to check docker-compose.yml without Docker.

const PATTERN = /\$(?:(\$)|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])((?:[^{}]|\{[^{}]*\})*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g

export class MissingVariableError extends Error {
  constructor(variables) {
    super(variables.map(({ name, message }) => `required variable ${name} is missing a value: ${message}`).join("\n"))
    this.variables = variables.map((v) => v.name)
  }
}

/** Interpolates one string; missing required variables are collected in `missing`. */
function interpolateString(text, env, missing) {
  return text.replace(PATTERN, (_match, dollar, name, operator, argument, bareName) => {
    if (dollar) return "$"
    const variable = name ?? bareName
    const value = env[variable]
    const unset = value === undefined
    const empty = unset || value === ""
    const nested = (text) => interpolateString(text ?? "", env, missing)
    switch (operator) {
      case ":-":
        return empty ? nested(argument) : value
      case "-":
        return unset ? nested(argument) : value
      case ":?":
      case "?":
        if (operator === ":?" ? empty : unset) {
          missing.push({ name: variable, message: nested(argument) })
          return ""
        }
        return value
      case ":+":
        return empty ? "" : nested(argument)
      case "+":
        return unset ? "" : nested(argument)
      default:
        return value ?? ""
    }
  })
}

/** The parsed compose document with every string value interpolated from `env`; throws MissingVariableError. */
export function interpolateCompose(document, env) {
  const missing = []
  const walk = (node) => {
    if (typeof node === "string") return interpolateString(node, env, missing)
    if (Array.isArray(node)) return node.map(walk)
    if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]))
    return node
  }
  const result = walk(document)
  if (missing.length) {
    const seen = new Set()
    throw new MissingVariableError(missing.filter(({ name }) => !seen.has(name) && seen.add(name)))
  }
  return result
}
