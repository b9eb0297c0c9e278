import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertConsignableStep } from "./steps/assert-consignable"
import { createConsignmentStep, type NewConsignment } from "./steps/create-consignment"

/** A point asks a producer for goods on consignment: nothing moves until the producer confirms. */
export const requestConsignmentWorkflow = createWorkflow("request-consignment", (input: WorkflowData<NewConsignment>) => {
  assertConsignableStep(input)
  const consignment = createConsignmentStep(input)
  return new WorkflowResponse(consignment)
})
