/** A compiled reader of a dotted path ("producer.type"): split once, not once per document. */
export function pathReader(path: string): (source: Record<string, any>) => any {
  const segments = path.split(".")
  if (segments.length === 1) {
    const [key] = segments
    return (source) => source[key] ?? undefined
  }
  if (segments.length === 2) {
    const [outer, inner] = segments
    return (source) => source[outer]?.[inner] ?? undefined
  }
  return (source) => {
    let value: any = source
    for (const segment of segments) {
      value = value?.[segment]
    }
    return value ?? undefined
  }
}

/** Only the given dotted paths of `source`, nested as they were ("producer.type" stays under producer). */
export function pickPaths(source: Record<string, any>, paths: string[]): Record<string, any> {
  const picked: Record<string, any> = {}
  for (const path of paths) {
    const segments = path.split(".")
    let from: any = source
    for (const segment of segments) {
      from = from?.[segment]
    }
    if (from === undefined || from === null) {
      continue
    }
    let to = picked
    for (const segment of segments.slice(0, -1)) {
      to = to[segment] ??= {}
    }
    to[segments[segments.length - 1]] = from
  }
  return picked
}
