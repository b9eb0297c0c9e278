import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HA_TINH_2030_TARGETS } from "@ocop/domain"
import { PROGRAMME_MODULE } from "../modules/programme"
import type ProgrammeModuleService from "../modules/programme/service"
import { createProgrammeTargetsWorkflow } from "../workflows/create-programme-targets"

export const HA_TINH = "42"

/** Seeds Hà Tĩnh's 2030 OCOP targets (province 42) once, through the same workflow the office uses. */
export async function seedProgrammeTargets(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
  if ((await programme.listProgrammeTargets({ province_code: HA_TINH }, { take: 1 })).length) {
    logger.info("Hà Tĩnh programme targets already seeded; nothing to do.")
    return
  }
  await createProgrammeTargetsWorkflow(container).run({
    input: { targets: HA_TINH_2030_TARGETS.map((t) => ({ ...t, province_code: HA_TINH })) },
  })
  logger.info(`Seeded ${HA_TINH_2030_TARGETS.length} Hà Tĩnh 2030 programme targets.`)
}

/** `medusa exec ./src/scripts/seed-programme-targets.ts` on a database seeded before the targets existed. */
export default async function run({ container }: ExecArgs) {
  await seedProgrammeTargets(container)
}
