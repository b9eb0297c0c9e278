export { ProducerConsignmentParams as AdminConsignmentParams } from "../../../producer/consignments/validators"
