import { STAR_LABELS } from "../lib/domain"
import { starsText } from "../lib/format"
import { pick, type Lang } from "../lib/i18n"

type Props = { stars: number; lang: Lang; testId?: string }

export const Stars = ({ stars, lang, testId }: Props) => (
  <span
    className="whitespace-nowrap text-ui-tag-orange-icon"
    title={pick((STAR_LABELS as Record<number, { vi: string; en: string }>)[stars], lang, String(stars))}
    aria-label={pick((STAR_LABELS as Record<number, { vi: string; en: string }>)[stars], lang, String(stars))}
    data-testid={testId}
    data-stars={stars}
  >
    {starsText(stars)}
  </span>
)
