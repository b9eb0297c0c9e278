import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * What the stock Postgres provider's migration creates (this provider replaces it, so its migration
 * does not run), plus the Vietnamese text search configuration: `simple` (no stemming, no stop
 * words — "đơ" folds to "do", an English stop word) through `unaccent`, so "nuoc mam" meets
 * "nước mắm" and "dong" meets "Đông".
 */
export class Migration20261124090000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm;`)
    this.addSql(`CREATE EXTENSION IF NOT EXISTS unaccent;`)
    this.addSql(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_vietnamese') THEN
          CREATE TEXT SEARCH CONFIGURATION medusa_search_vietnamese (COPY = simple);
          ALTER TEXT SEARCH CONFIGURATION medusa_search_vietnamese
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
        END IF;
      END
      $$;
    `)
    this.addSql(`
      create table if not exists "search_postgres_index" (
        "name" text not null,
        "table_name" text not null,
        "schema_hash" text not null,
        "plan" jsonb not null,
        "document_count" integer not null default 0,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        constraint "search_postgres_index_pkey" primary key ("name")
      );
    `)
  }

  async down(): Promise<void> {
    this.addSql(`drop table if exists "search_postgres_index" cascade;`)
    this.addSql(`drop text search configuration if exists medusa_search_vietnamese;`)
  }
}
