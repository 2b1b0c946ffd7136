import { storeContract } from "../support/store-contract.js";

storeContract("redis", () => "redis://127.0.0.1:6379");
