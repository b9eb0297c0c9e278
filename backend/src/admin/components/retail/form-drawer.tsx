import { Alert, Button, Drawer, Text } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"
import { useLang } from "../../hooks/use-lang"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** the button that opens the drawer */
  trigger: ReactNode
  title: string
  description: string
  submitLabel: string
  onSubmit: () => void
  isPending: boolean
  /** the backend's message when it refused the form */
  error: string | null
  testId: string
  children: ReactNode
  /** shown instead of the form once it succeeded (e.g. the new point's key) */
  done?: ReactNode
}

/** The drawer shell of every retail form: title, fields, the backend's refusal, cancel and submit. */
export const FormDrawer = ({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  submitLabel,
  onSubmit,
  isPending,
  error,
  testId,
  children,
  done,
}: Props) => {
  const { t } = useLang()
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit()
  }
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>{trigger}</Drawer.Trigger>
      <Drawer.Content data-testid={testId}>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            <Drawer.Description className="sr-only">{description}</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {done ?? (
              <>
                <Text size="small" className="text-ui-fg-subtle">
                  {description}
                </Text>
                {error && (
                  <Alert variant="error" data-testid={`${testId}-error`}>
                    {error}
                  </Alert>
                )}
                {children}
              </>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" variant="secondary" size="small" data-testid={`${testId}-close`}>
                {done ? t("retail.close") : t("common.cancel")}
              </Button>
            </Drawer.Close>
            {!done && (
              <Button type="submit" size="small" isLoading={isPending} data-testid={`${testId}-submit`}>
                {submitLabel}
              </Button>
            )}
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
