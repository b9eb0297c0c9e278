import { MedusaService } from "@medusajs/framework/utils"
import { Booth } from "./models/booth"
import { Consignment } from "./models/consignment"
import { ConsignmentLine } from "./models/consignment-line"
import { Fair } from "./models/fair"
import { SalesPoint } from "./models/sales-point"
import { Staff } from "./models/staff"
import { StaffInvite } from "./models/staff-invite"
import { StaffPoint } from "./models/staff-point"
import { StockMovement } from "./models/stock-movement"
import { Task } from "./models/task"

class RetailModuleService extends MedusaService({ SalesPoint, Fair, Booth, Staff, StaffPoint, StaffInvite, StockMovement, Task, Consignment, ConsignmentLine }) {}

export default RetailModuleService
