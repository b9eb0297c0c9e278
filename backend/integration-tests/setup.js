// MikroORM keeps entity metadata globally; clear it so each test file boots its own app cleanly.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")
MetadataStorage.clear()
