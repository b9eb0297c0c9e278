import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124083317 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "programme_target" drop constraint if exists "programme_target_metric_province_code_period_start_period_end_unique";`);
    this.addSql(`create table if not exists "programme_target" ("id" text not null, "metric" text not null, "province_code" text not null, "period_start" text not null, "period_end" text not null, "value" real not null, "source" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "programme_target_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_programme_target_deleted_at" ON "programme_target" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_programme_target_province_code_metric" ON "programme_target" ("province_code", "metric") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_programme_target_metric_province_code_period_start_period_end_unique" ON "programme_target" ("metric", "province_code", "period_start", "period_end") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "programme_target" cascade;`);
  }

}
