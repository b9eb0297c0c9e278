import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The change log of the in-memory (MiniSearch) search provider: every write to an index's durable
 * table is noted here, so the server process's in-memory copy picks up what a worker process wrote
 * (deletes included, which leave nothing in the document table) within about a second.
 */
export class Migration20261124140000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table if not exists "search_minisearch_change" (
        "id" bigserial not null,
        "index_name" text not null,
        "document_id" text not null,
        "changed_at" timestamptz not null default clock_timestamp(),
        constraint "search_minisearch_change_pkey" primary key ("id")
      );
    `)
    this.addSql(
      `create index if not exists "IDX_search_minisearch_change_index_changed" on "search_minisearch_change" ("index_name", "changed_at");`
    )
  }

  async down(): Promise<void> {
    this.addSql(`drop table if exists "search_minisearch_change" cascade;`)
  }
}
