import { z } from "@medusajs/framework/zod"
import { PASSWORD_MAX_LENGTH } from "@ocop/domain"

/** The password is checked against the rule (with the invited e-mail) when the invitation is used. */
export const PosAcceptInvite = z.object({
  password: z
    .string({ message: "Hãy nhập mật khẩu (password is required)" })
    .max(PASSWORD_MAX_LENGTH, `Mật khẩu quá dài, tối đa ${PASSWORD_MAX_LENGTH} ký tự (password too long)`),
})
export type PosAcceptInviteType = z.infer<typeof PosAcceptInvite>
