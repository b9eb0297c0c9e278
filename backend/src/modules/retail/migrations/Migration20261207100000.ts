import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207100000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "consignment" ("id" text not null, "point_id" text not null, "point_kind" text check ("point_kind" in ('sales_point', 'booth')) not null, "producer_id" text not null, "status" text check ("status" in ('requested', 'confirmed', 'refused', 'received')) not null default 'requested', "requested_by" text null, "note" text null, "decided_by" text null, "decided_as" text check ("decided_as" in ('producer', 'office')) null, "decided_at" timestamptz null, "refusal_reason" text null, "received_by" text null, "received_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "consignment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consignment_deleted_at" ON "consignment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consignment_point_id_status" ON "consignment" ("point_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consignment_producer_id_status" ON "consignment" ("producer_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "consignment_line" ("id" text not null, "variant_id" text not null, "quantity" integer not null, "consignment_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "consignment_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consignment_line_consignment_id" ON "consignment_line" ("consignment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consignment_line_deleted_at" ON "consignment_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "consignment_line" add constraint "consignment_line_consignment_id_foreign" foreign key ("consignment_id") references "consignment" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "consignment_line" drop constraint if exists "consignment_line_consignment_id_foreign";`);
    this.addSql(`drop table if exists "consignment_line" cascade;`);
    this.addSql(`drop table if exists "consignment" cascade;`);
  }

}
