import { getLocale, getTranslations } from "next-intl/server"
import { markTaskDone } from "@/lib/data/pos-actions"
import { formatVietnamTime } from "@/lib/vietnam-time"
import type { PosTask } from "@/types/pos"

/** Pull lists (certificate revoked, suspended, expired) and relabel tasks (stars changed). */
export default async function TasksTemplate({ pointId, open, done }: { pointId: string; open: PosTask[]; done: PosTask[] }) {
  const t = await getTranslations("pos.tasks")
  const locale = await getLocale()
  const groups = [
    { kind: "pull" as const, tasks: open.filter((task) => task.kind === "pull") },
    { kind: "relabel" as const, tasks: open.filter((task) => task.kind !== "pull") },
  ]
  return (
    <div className="space-y-4">
      <div>
        <h1 className="font-display text-xl font-bold text-brand-900 sm:text-2xl">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {groups.map(({ kind, tasks }) => (
          <section
            key={kind}
            aria-labelledby={`pos-tasks-${kind}`}
            className="rounded-2xl bg-white p-4 ring-1 ring-line sm:p-5"
            data-testid={`pos-tasks-${kind}`}
          >
            <h2 id={`pos-tasks-${kind}`} className="font-display text-lg font-bold text-brand-900">
              {t(`${kind}.title`)} <span className="font-sans text-base font-normal text-muted">({tasks.length})</span>
            </h2>
            <p className="mt-1 text-sm text-muted">{t(`${kind}.intro`)}</p>
            {tasks.length === 0 ? (
              <p className="mt-3 rounded-lg bg-paper p-3 text-sm text-muted">{t("none")}</p>
            ) : (
              <ul className="mt-3 space-y-2">
                {tasks.map((task) => (
                  <li
                    key={task.id}
                    data-testid="pos-task"
                    data-kind={task.kind}
                    className={`flex flex-wrap items-center justify-between gap-3 rounded-xl p-3 ring-1 ${
                      kind === "pull" ? "bg-status-revoked/5 ring-status-revoked/30" : "bg-star-soft ring-star/40"
                    }`}
                  >
                    <div className="min-w-0">
                      <p className="font-semibold">{task.product_title ?? task.product_id}</p>
                      {task.reason && <p className="text-sm">{task.reason}</p>}
                      <p className="text-xs text-muted">{t("since", { date: formatVietnamTime(task.created_at, locale, "day") })}</p>
                    </div>
                    <form action={markTaskDone}>
                      <input type="hidden" name="point_id" value={pointId} />
                      <input type="hidden" name="task_id" value={task.id} />
                      <button
                        type="submit"
                        data-testid="pos-task-done"
                        className="inline-flex min-h-12 items-center rounded-xl bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
                      >
                        {t(`${kind}.done`)}
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      {done.length > 0 && (
        <section aria-labelledby="pos-tasks-done" className="rounded-2xl bg-white p-4 ring-1 ring-line sm:p-5">
          <h2 id="pos-tasks-done" className="font-display text-lg font-bold text-brand-900">
            {t("doneTitle")}
          </h2>
          <ul className="mt-2 divide-y divide-line text-sm">
            {done.map((task) => (
              <li key={task.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{t(`${task.kind === "pull" ? "pull" : "relabel"}.short`)}</span> ·{" "}
                  {task.product_title ?? task.product_id}
                </span>
                <span className="text-muted">{formatVietnamTime(task.done_at, locale, "day")}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
