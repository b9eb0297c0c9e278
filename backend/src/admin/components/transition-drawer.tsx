import { Button, Drawer, Hint, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTransitionCertificate } from "../hooks/use-certificates"
import { useLang } from "../hooks/use-lang"
import type { OfficeAction } from "../lib/actions"
import { REVOCATION_GROUNDS, maxExtensionUntil } from "../lib/domain"
import { formatDate } from "../lib/format"
import type { ProductCertificate } from "../lib/types"

type Props = {
  certificate: ProductCertificate
  action: OfficeAction | null
  onClose: () => void
}

type Errors = Partial<Record<"reason" | "ground" | "extension", string>>

/** The dialog behind every office action: a reason always, a ground to revoke, a date to extend. */
export const TransitionDrawer = ({ certificate, action, onClose }: Props) => {
  const { lang, t } = useLang()
  const mutation = useTransitionCertificate()
  const [reason, setReason] = useState("")
  const [ground, setGround] = useState("")
  const [extensionUntil, setExtensionUntil] = useState("")
  const [documentUrl, setDocumentUrl] = useState("")
  const [errors, setErrors] = useState<Errors>({})

  useEffect(() => {
    setReason("")
    setGround("")
    setExtensionUntil("")
    setDocumentUrl("")
    setErrors({})
  }, [action?.key, certificate.id])

  const maxExtension = maxExtensionUntil(certificate.valid_until)

  const submit = async () => {
    if (!action) return
    const next: Errors = {}
    if (!reason.trim()) next.reason = t("actions.reasonRequired")
    if (action.key === "revoke" && !ground) next.ground = t("actions.groundRequired")
    if (action.key === "extend" && !extensionUntil) next.extension = t("actions.extensionRequired")
    setErrors(next)
    if (Object.keys(next).length) return
    try {
      await mutation.mutateAsync({
        id: certificate.id,
        body: {
          to: action.to,
          reason: reason.trim(),
          ...(action.key === "revoke" ? { revocation_ground: ground } : {}),
          ...(action.key === "extend" ? { extension_until: extensionUntil } : {}),
          ...(documentUrl.trim() ? { document_url: documentUrl.trim() } : {}),
        },
      })
      toast.success(t("actions.done"))
      onClose()
    } catch (e) {
      toast.error(t("common.requestFailed"), { description: (e as Error).message })
    }
  }

  return (
    <Drawer open={!!action} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="ocop-transition-dialog" data-action={action?.key}>
        <Drawer.Header>
          <Drawer.Title>{action ? t(`actions.${action.key}`) : ""}</Drawer.Title>
          <Drawer.Description className="sr-only">{action ? t(`actions.descriptions.${action.key}`) : ""}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-5 overflow-y-auto">
          {action && (
            <Text size="small" className="text-ui-fg-subtle">
              {t(`actions.descriptions.${action.key}`)}
            </Text>
          )}
          {action?.key === "revoke" && (
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="ocop-revocation-ground" weight="plus">
                {t("actions.ground")}
              </Label>
              <Select
                value={ground}
                onValueChange={(v) => {
                  setGround(v)
                  setErrors((e) => ({ ...e, ground: undefined }))
                }}
              >
                <Select.Trigger
                  id="ocop-revocation-ground"
                  data-testid="ocop-revocation-ground"
                  className="[&>span]:truncate [&>span]:text-left"
                  aria-invalid={!!errors.ground}
                >
                  <Select.Value placeholder={t("actions.groundPlaceholder")} />
                </Select.Trigger>
                <Select.Content>
                  {REVOCATION_GROUNDS.map((g) => (
                    <Select.Item key={g.code} value={g.code} data-testid={`ocop-revocation-ground-${g.code}`}>
                      {g.article} — {g[lang]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
              {errors.ground && (
                <Hint variant="error" data-testid="ocop-error-ground">
                  {errors.ground}
                </Hint>
              )}
            </div>
          )}
          {action?.key === "extend" && (
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="ocop-extension-until" weight="plus">
                {t("actions.extensionUntil")}
              </Label>
              <Input
                id="ocop-extension-until"
                data-testid="ocop-extension-until"
                type="date"
                min={certificate.valid_until.slice(0, 10)}
                max={maxExtension}
                value={extensionUntil}
                onChange={(e) => {
                  setExtensionUntil(e.target.value)
                  setErrors((x) => ({ ...x, extension: undefined }))
                }}
              />
              <Hint>{t("actions.extensionMax", { max: formatDate(maxExtension, lang) })}</Hint>
              {errors.extension && (
                <Hint variant="error" data-testid="ocop-error-extension">
                  {errors.extension}
                </Hint>
              )}
            </div>
          )}
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="ocop-reason" weight="plus">
              {t("actions.reason")}
            </Label>
            <Textarea
              id="ocop-reason"
              data-testid="ocop-reason"
              rows={4}
              placeholder={t("actions.reasonPlaceholder")}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value)
                setErrors((x) => ({ ...x, reason: undefined }))
              }}
              aria-invalid={!!errors.reason}
            />
            {errors.reason && (
              <Hint variant="error" data-testid="ocop-error-reason">
                {errors.reason}
              </Hint>
            )}
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="ocop-document-url" weight="plus">
              {t("actions.documentUrl")}
            </Label>
            <Input
              id="ocop-document-url"
              data-testid="ocop-document-url"
              type="url"
              placeholder="https://"
              value={documentUrl}
              onChange={(e) => setDocumentUrl(e.target.value)}
            />
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small" data-testid="ocop-cancel">
              {t("common.cancel")}
            </Button>
          </Drawer.Close>
          <Button
            variant={action?.danger ? "danger" : "primary"}
            size="small"
            data-testid="ocop-confirm"
            isLoading={mutation.isPending}
            onClick={submit}
          >
            {action ? t(`actions.${action.key}`) : t("common.confirm")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
