import { noOfficeScope } from "./errors"
import { ownProvince, type OfficeScope } from "./scope"

/** The acting officer's scope, as the office route guard resolved it (fails closed if it did not run). */
export function officeScopeOf(req: { office_scope?: OfficeScope | null } | object): OfficeScope {
  const scope = (req as { office_scope?: OfficeScope | null }).office_scope
  if (!scope) throw noOfficeScope()
  return scope
}

/** The province a list must be confined to (the officer's), or null for a national account. */
export const officeProvinceFilter = (req: object): string | null => ownProvince(officeScopeOf(req))
