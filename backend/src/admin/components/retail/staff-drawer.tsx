import { Badge, Button, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useDrawerForm } from "../../hooks/use-drawer-form"
import { useLang } from "../../hooks/use-lang"
import { useAddStaff, useRemoveStaff, useSalesPoint, useSetStaffDisabled } from "../../hooks/use-retail"
import { formatDateTime } from "../../lib/format"
import type { RetailStaff, StaffInvitation } from "../../lib/types"
import { backendMessage } from "./backend-error"
import { FormDrawer } from "./form-drawer"
import { TextField } from "./text-field"

type Props = {
  point: { id: string; name: string }
  /** points of sale list their staff; booths have no staff listing route */
  listStaff: boolean
  size?: "small" | "base"
}

const STATUS_COLOR = { invited: "orange", active: "green", disabled: "red" } as const

/**
 * "Thêm nhân viên": invites a person to this point (or booth). They set their own password through
 * a one-time link (e-mailed, and shown here once to hand over); the office can disable or remove staff.
 */
export const StaffDrawer = ({ point, listStaff, size = "small" }: Props) => {
  const { t, lang } = useLang()
  const mutation = useAddStaff(point.id)
  const setDisabled = useSetStaffDisabled(point.id)
  const remove = useRemoveStaff(point.id)
  const [invite, setInvite] = useState<StaffInvitation | null>(null)
  const { form, set, drawer } = useDrawerForm({
    empty: { email: "", name: "" },
    send: (form) => mutation.mutateAsync({ email: form.email.trim(), name: form.name.trim() }),
    success: t("retail.staff.added"),
    // stays open, blank, for the next person; the link is shown until the drawer closes
    onSuccess: (result, { reset }) => {
      reset()
      setInvite(result.invite)
    },
    onReset: () => setInvite(null),
  })
  const detail = useSalesPoint(point.id, drawer.open && listStaff)
  const staff = detail.data?.sales_point.staff ?? []

  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run()
      toast.success(done)
    } catch (e) {
      toast.error(backendMessage(e))
    }
  }

  const row = (s: RetailStaff) => (
    <li key={s.id} className="flex items-center justify-between gap-x-2 px-3 py-2" data-testid="retail-staff-member" data-status={s.status}>
      <div className="flex flex-col">
        <Text size="small">{s.name}</Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {s.email}
        </Text>
      </div>
      <div className="flex items-center gap-x-2">
        {s.status && (
          <Badge size="2xsmall" color={STATUS_COLOR[s.status]} data-testid="retail-staff-status">
            {t(`retail.staff.status.${s.status}`)}
          </Badge>
        )}
        <Button
          type="button"
          size="small"
          variant="secondary"
          data-testid="retail-staff-toggle"
          isLoading={setDisabled.isPending && setDisabled.variables?.staffId === s.id}
          onClick={() => {
            const disabled = s.status !== "disabled"
            void act(
              () => setDisabled.mutateAsync({ staffId: s.id, disabled }),
              disabled ? t("retail.staff.disabled") : t("retail.staff.enabled")
            )
          }}
        >
          {s.status === "disabled" ? t("retail.staff.enable") : t("retail.staff.disable")}
        </Button>
        <Button
          type="button"
          size="small"
          variant="danger"
          data-testid="retail-staff-remove"
          isLoading={remove.isPending && remove.variables === s.id}
          onClick={() => void act(() => remove.mutateAsync(s.id), t("retail.staff.removed"))}
        >
          {t("retail.staff.remove")}
        </Button>
      </div>
    </li>
  )

  return (
    <FormDrawer
      {...drawer}
      trigger={
        <Button size={size} variant="secondary" data-testid="retail-staff-open">
          {t("retail.staff.add")}
        </Button>
      }
      title={t("retail.staff.title", { point: point.name })}
      description={t("retail.staff.intro")}
      submitLabel={t("retail.staff.submit")}
      isPending={mutation.isPending}
      testId="retail-staff-form"
    >
      <Text size="small" className="text-ui-fg-subtle">
        {t("retail.staff.intro")}
      </Text>
      {invite && (
        <div className="flex flex-col gap-y-1 rounded-lg border p-3" data-testid="retail-staff-invite" data-url={invite.url}>
          <Text size="small" weight="plus">
            {t("retail.staff.inviteTitle")}
          </Text>
          <Text size="small" className="break-all font-mono">
            {invite.url}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("retail.staff.inviteHint", { until: formatDateTime(invite.expires_at, lang) })}
          </Text>
        </div>
      )}
      {listStaff && (
        <div className="flex flex-col gap-y-2" data-testid="retail-staff-list">
          <Text size="small" weight="plus">
            {t("retail.staff.list")}
          </Text>
          {detail.isLoading && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("common.loading")}
            </Text>
          )}
          {detail.isError && (
            <Text size="small" className="text-ui-fg-error">
              {t("common.loadError")}
            </Text>
          )}
          {detail.data && !staff.length && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("retail.staff.none")}
            </Text>
          )}
          {staff.length > 0 && <ul className="divide-y rounded-lg border">{staff.map(row)}</ul>}
        </div>
      )}
      <TextField
        id="retail-staff-email"
        label={t("retail.staff.email")}
        type="email"
        autoComplete="off"
        value={form.email}
        onChange={(email) => set({ email })}
      />
      <TextField
        id="retail-staff-name"
        label={t("retail.staff.name")}
        autoComplete="off"
        value={form.name}
        onChange={(name) => set({ name })}
      />
    </FormDrawer>
  )
}
