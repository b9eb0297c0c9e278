import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124134640 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "retail_task" drop constraint if exists "retail_task_kind_point_id_product_id_certificate_id_unique";`);
    this.addSql(`alter table if exists "retail_staff_point" drop constraint if exists "retail_staff_point_staff_id_point_id_unique";`);
    this.addSql(`alter table if exists "retail_staff" drop constraint if exists "retail_staff_email_unique";`);
    this.addSql(`create table if not exists "fair" ("id" text not null, "name" text not null, "venue" text not null, "province_code" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fair_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_deleted_at" ON "fair" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "booth" ("id" text not null, "name" text not null, "operator" text null, "fair_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "booth_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booth_fair_id" ON "booth" ("fair_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booth_deleted_at" ON "booth" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "retail_staff" ("id" text not null, "email" text not null, "name" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "retail_staff_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_retail_staff_email_unique" ON "retail_staff" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_retail_staff_deleted_at" ON "retail_staff" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "retail_staff_point" ("id" text not null, "point_id" text not null, "point_kind" text check ("point_kind" in ('sales_point', 'booth')) not null, "staff_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "retail_staff_point_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_retail_staff_point_staff_id" ON "retail_staff_point" ("staff_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_retail_staff_point_deleted_at" ON "retail_staff_point" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_retail_staff_point_staff_id_point_id_unique" ON "retail_staff_point" ("staff_id", "point_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_retail_staff_point_point_id" ON "retail_staff_point" ("point_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "retail_task" ("id" text not null, "kind" text check ("kind" in ('pull', 'relabel')) not null, "point_id" text not null, "point_kind" text check ("point_kind" in ('sales_point', 'booth')) not null, "product_id" text not null, "certificate_id" text null, "reason" text not null, "status" text check ("status" in ('open', 'done')) not null default 'open', "done_by" text null, "done_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "retail_task_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_retail_task_deleted_at" ON "retail_task" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_retail_task_point_id_status" ON "retail_task" ("point_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_retail_task_kind_point_id_product_id_certificate_id_unique" ON "retail_task" ("kind", "point_id", "product_id", "certificate_id") WHERE status = 'open' AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "sales_point" ("id" text not null, "name" text not null, "location_category" text check ("location_category" in ('station', 'rest_stop', 'market', 'tourist_site', 'post_office', 'supermarket', 'other')) not null default 'other', "province_code" text not null, "commune" text null, "address" text null, "operator" text null, "opening_hours" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sales_point_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_point_deleted_at" ON "sales_point" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stock_movement" ("id" text not null, "kind" text check ("kind" in ('receive', 'transfer', 'return', 'sale')) not null, "variant_id" text not null, "quantity" integer not null, "from_location_id" text null, "to_location_id" text null, "point_id" text null, "to_point_id" text null, "producer_id" text null, "staff_id" text null, "order_id" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_movement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_deleted_at" ON "stock_movement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_point_id_created_at" ON "stock_movement" ("point_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_to_point_id" ON "stock_movement" ("to_point_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "booth" add constraint "booth_fair_id_foreign" foreign key ("fair_id") references "fair" ("id") on update cascade;`);

    this.addSql(`alter table if exists "retail_staff_point" add constraint "retail_staff_point_staff_id_foreign" foreign key ("staff_id") references "retail_staff" ("id") on update cascade;`);

    // POS lookup by typed text: the product handle is the accent-free slug of its title, so a trigram
    // index on it answers "nuoc mam" in milliseconds. The product table belongs to Medusa's product
    // module: when it does not exist yet (fresh database, other module order) the retail seed creates it.
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm;`);
    this.addSql(`DO $$ BEGIN IF to_regclass('product') IS NOT NULL THEN CREATE INDEX IF NOT EXISTS "IDX_retail_product_handle_trgm" ON "product" USING gin ("handle" gin_trgm_ops) WHERE deleted_at IS NULL; END IF; END $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "booth" drop constraint if exists "booth_fair_id_foreign";`);

    this.addSql(`alter table if exists "retail_staff_point" drop constraint if exists "retail_staff_point_staff_id_foreign";`);

    this.addSql(`drop table if exists "fair" cascade;`);

    this.addSql(`drop table if exists "booth" cascade;`);

    this.addSql(`drop table if exists "retail_staff" cascade;`);

    this.addSql(`drop table if exists "retail_staff_point" cascade;`);

    this.addSql(`drop table if exists "retail_task" cascade;`);

    this.addSql(`drop table if exists "sales_point" cascade;`);

    this.addSql(`drop table if exists "stock_movement" cascade;`);
  }

}
