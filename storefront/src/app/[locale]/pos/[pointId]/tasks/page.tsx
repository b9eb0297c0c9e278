import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { listTasks, requirePoint } from "@/lib/data/pos"
import TasksTemplate from "@/modules/pos/templates/tasks-template"

type Props = { params: Promise<{ pointId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pos.tasks")
  return { title: t("title") }
}

export default async function TasksPage({ params }: Props) {
  const { pointId } = await params
  await requirePoint(pointId)
  const [open, done] = await Promise.all([listTasks(pointId, "open"), listTasks(pointId, "done")])
  return <TasksTemplate pointId={pointId} open={open} done={done.slice(0, 20)} />
}
