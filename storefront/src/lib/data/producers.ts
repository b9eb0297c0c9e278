import { getSdk, isNotFoundError, REVALIDATE_SECONDS } from "@/lib/config"
import { LISTING_TAG, producerTag, type StoreProducer, type StoreProducerResponse } from "@ocop/contract"

/** A producer's public page data (legal identity, type, story), or null when unknown (404). */
export async function getProducerByHandle(handle: string): Promise<StoreProducer | null> {
  try {
    const { producer } = await getSdk().client.fetch<StoreProducerResponse>(`/store/ocop/producers/${encodeURIComponent(handle)}`, {
      method: "GET",
      next: { tags: [producerTag(handle), LISTING_TAG], revalidate: REVALIDATE_SECONDS },
    })
    return producer ?? null
  } catch (error) {
    if (isNotFoundError(error)) return null
    throw error
  }
}
