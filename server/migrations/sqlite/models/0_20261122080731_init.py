from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "bank" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "credit_product" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "min_amount_fen" BIGINT NOT NULL,
    "max_amount_fen" BIGINT NOT NULL,
    "min_term_months" INT NOT NULL,
    "max_term_months" INT NOT NULL,
    "min_rate_bp" INT NOT NULL,
    "max_rate_bp" INT NOT NULL,
    "collateral" JSON NOT NULL,
    "industries" JSON NOT NULL,
    "size_classes" JSON NOT NULL,
    "requires_tech_designation" INT NOT NULL,
    "min_company_age_years" INT NOT NULL,
    "quota_count" INT NOT NULL,
    "quota_amount_fen" BIGINT NOT NULL,
    "used_count" INT NOT NULL,
    "used_amount_fen" BIGINT NOT NULL,
    "valid_until" DATE NOT NULL,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "bank_id" INT NOT NULL REFERENCES "bank" ("id") ON DELETE RESTRICT
) /* A bank's credit product. `used_*` is the quota held by CONFIRMED and COMPLETED proposals; */;
CREATE INDEX IF NOT EXISTS "idx_credit_prod_active_0121a8" ON "credit_product" ("active");
CREATE TABLE IF NOT EXISTS "login_failure" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* One failed login, by the username typed (known or not), for per-account throttling. */;
CREATE INDEX IF NOT EXISTS "idx_login_failu_usernam_b0d589" ON "login_failure" ("username");
CREATE TABLE IF NOT EXISTS "park" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "region" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "company" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "uscc" VARCHAR(18) NOT NULL UNIQUE,
    "industry" VARCHAR(1) NOT NULL,
    "size_class" VARCHAR(8) NOT NULL /* MICRO: MICRO\nSMALL: SMALL\nMEDIUM: MEDIUM\nLARGE: LARGE */,
    "founded_on" DATE NOT NULL,
    "employees" INT NOT NULL,
    "annual_revenue_fen" BIGINT NOT NULL,
    "tech_designations" JSON NOT NULL,
    "verified" INT NOT NULL,
    "verified_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "park_id" INT NOT NULL REFERENCES "park" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "financing_need" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "needed_by" DATE NOT NULL,
    "status" VARCHAR(12) NOT NULL /* OPEN: OPEN\nMATCHED: MATCHED\nFULFILLED: FULFILLED\nWITHDRAWN: WITHDRAWN */,
    "created_at" TIMESTAMP NOT NULL,
    "first_confirmed_at" TIMESTAMP,
    "withdrawn_at" TIMESTAMP,
    "last_round_id" INT,
    "last_round_matched" INT,
    "last_round_reason" VARCHAR(32),
    "last_round_blocking" JSON,
    "amount_fen" BIGINT NOT NULL,
    "term_months" INT NOT NULL,
    "purpose" VARCHAR(500) NOT NULL,
    "collateral" JSON NOT NULL,
    "max_rate_bp" INT NOT NULL,
    "preferred_bank_ids" JSON NOT NULL,
    "company_id" INT NOT NULL REFERENCES "company" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_financing_n_status_64f7c7" ON "financing_need" ("status");
CREATE INDEX IF NOT EXISTS "idx_financing_n_created_1b4cbf" ON "financing_need" ("created_at");
CREATE TABLE IF NOT EXISTS "hiring_need" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "needed_by" DATE NOT NULL,
    "status" VARCHAR(12) NOT NULL /* OPEN: OPEN\nMATCHED: MATCHED\nFULFILLED: FULFILLED\nWITHDRAWN: WITHDRAWN */,
    "created_at" TIMESTAMP NOT NULL,
    "first_confirmed_at" TIMESTAMP,
    "withdrawn_at" TIMESTAMP,
    "last_round_id" INT,
    "last_round_matched" INT,
    "last_round_reason" VARCHAR(32),
    "last_round_blocking" JSON,
    "title" VARCHAR(200) NOT NULL,
    "role_category" VARCHAR(20) NOT NULL /* ENGINEERING_RD: ENGINEERING_RD\nSKILLED_TRADES: SKILLED_TRADES\nPRODUCTION: PRODUCTION\nSALES_MARKETING: SALES_MARKETING\nMANAGEMENT: MANAGEMENT\nOFFICE_ADMIN: OFFICE_ADMIN\nSERVICES: SERVICES */,
    "headcount" INT NOT NULL,
    "skills" JSON NOT NULL,
    "min_education" VARCHAR(20) NOT NULL /* NONE: NONE\nJUNIOR_HIGH: JUNIOR_HIGH\nHIGH_SCHOOL: HIGH_SCHOOL\nVOCATIONAL_COLLEGE: VOCATIONAL_COLLEGE\nBACHELOR: BACHELOR\nMASTER: MASTER\nDOCTORATE: DOCTORATE */,
    "salary_min_fen" BIGINT NOT NULL,
    "salary_max_fen" BIGINT NOT NULL,
    "hires" INT NOT NULL,
    "company_id" INT NOT NULL REFERENCES "company" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_hiring_need_status_769ad3" ON "hiring_need" ("status");
CREATE INDEX IF NOT EXISTS "idx_hiring_need_created_eb7c12" ON "hiring_need" ("created_at");
CREATE TABLE IF NOT EXISTS "recruitment_drive" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "date" DATE NOT NULL,
    "venue" VARCHAR(200) NOT NULL,
    "booth_capacity" INT NOT NULL,
    "booths_used" INT NOT NULL,
    "role_categories" JSON NOT NULL,
    "skills" JSON NOT NULL,
    "industries" JSON NOT NULL,
    "expected_attendance" INT,
    "status" VARCHAR(8) NOT NULL /* OPEN: OPEN\nCLOSED: CLOSED */,
    "created_at" TIMESTAMP NOT NULL,
    "park_id" INT NOT NULL REFERENCES "park" ("id") ON DELETE RESTRICT
) /* A job fair; `booths_used` counts CONFIRMED and COMPLETED proposals (moved only by conditional updates). */;
CREATE TABLE IF NOT EXISTS "round_lock" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(64) NOT NULL UNIQUE,
    "acquired_at" TIMESTAMP NOT NULL
) /* Held while a round for (park, kind) computes; the unique key serialises rounds across */;
CREATE TABLE IF NOT EXISTS "app_user" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "password_hash" VARCHAR(255) NOT NULL,
    "role" VARCHAR(16) NOT NULL /* COMPANY: COMPANY\nBANK_MANAGER: BANK_MANAGER\nOFFICER: OFFICER\nADMIN: ADMIN */,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "bank_id" INT REFERENCES "bank" ("id") ON DELETE RESTRICT,
    "company_id" INT REFERENCES "company" ("id") ON DELETE RESTRICT,
    "park_id" INT REFERENCES "park" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "object_type" VARCHAR(32) NOT NULL,
    "object_id" VARCHAR(64) NOT NULL,
    "park_id" INT,
    "summary" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "actor_id" INT REFERENCES "app_user" ("id") ON DELETE RESTRICT
) /* Who changed what, when; `park_id` scopes what an officer may read. */;
CREATE INDEX IF NOT EXISTS "idx_audit_event_park_id_a666f2" ON "audit_event" ("park_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_created_a87696" ON "audit_event" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_object__f85e0e" ON "audit_event" ("object_type", "object_id");
CREATE TABLE IF NOT EXISTS "auth_token" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "revoked_at" TIMESTAMP,
    "user_id" INT NOT NULL REFERENCES "app_user" ("id") ON DELETE CASCADE
) /* A bearer token; only its keyed hash is stored. */;
CREATE TABLE IF NOT EXISTS "match_round" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(12) NOT NULL /* FINANCING: FINANCING\nRECRUITMENT: RECRUITMENT */,
    "created_at" TIMESTAMP NOT NULL,
    "weights" JSON NOT NULL,
    "figures" JSON NOT NULL,
    "unmatched" JSON NOT NULL,
    "created_by_id" INT NOT NULL REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "park_id" INT NOT NULL REFERENCES "park" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "proposal" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(12) NOT NULL /* FINANCING: FINANCING\nRECRUITMENT: RECRUITMENT */,
    "hiring_need_ids" JSON NOT NULL,
    "amount_fen" BIGINT,
    "score" REAL NOT NULL,
    "breakdown" JSON NOT NULL,
    "reasons" JSON NOT NULL,
    "status" VARCHAR(12) NOT NULL /* PROPOSED: PROPOSED\nCONFIRMED: CONFIRMED\nREJECTED: REJECTED\nSUPERSEDED: SUPERSEDED\nCOMPLETED: COMPLETED\nDECLINED: DECLINED */,
    "decided_at" TIMESTAMP,
    "decision_note" VARCHAR(1000),
    "outcome_amount_fen" BIGINT,
    "hires" INT,
    "outcome_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "company_id" INT NOT NULL REFERENCES "company" ("id") ON DELETE RESTRICT,
    "decided_by_id" INT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "drive_id" INT REFERENCES "recruitment_drive" ("id") ON DELETE RESTRICT,
    "financing_need_id" INT REFERENCES "financing_need" ("id") ON DELETE RESTRICT,
    "park_id" INT NOT NULL REFERENCES "park" ("id") ON DELETE RESTRICT,
    "product_id" INT REFERENCES "credit_product" ("id") ON DELETE RESTRICT,
    "round_id" INT NOT NULL REFERENCES "match_round" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_proposal_status_772547" ON "proposal" ("status");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);
CREATE TABLE IF NOT EXISTS "credit_product_park" (
    "credit_product_id" INT NOT NULL REFERENCES "credit_product" ("id") ON DELETE CASCADE,
    "park_id" INT NOT NULL REFERENCES "park" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_credit_prod_credit__b8c28f" ON "credit_product_park" ("credit_product_id", "park_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXVtz4jgW/isqXrZ7K9PVSSfpbHprq7g4Haa5pAiZ2Z1hyi1sAR6MTPuSNDvb/30lYY"
    "MvsmODTYyjl8RYOsJ851g6Nx39VVsYKtKtd3VH1WzpEWG7dg3+qmG4QOSC03oCanC53LbR"
    "GzYc66w7pP1ktOk4tmwTKnTICdQtRG6pyFJMbWlrBqYEv84MoMwgniIVPM2gfUL+IvwJfF"
    "1Ccy5r6ldgKcYSWawRQAyMyURTkAkWcAVMBNV39HtUQyFfpOFpfkM6WPvmINk2psieIZMM"
    "/Psf5LaGVfQdWfTj7zVj/CdSbNleLRElcT9qau0P2nU5lyca0tUAnqSRNLH7azpyr43tG9"
    "aR/pKxrBi6s8DbzsuVPTPwpre2hnaKMDKhjejwtulQaLGj6y4jPLTXv2LbZf34PhoVTaCj"
    "UwZR6vUDbO/VZLnXH8r30lCWaxHmeRQ+8N1bioEp48mjWuzXT+kj/HR2ev7x/OrD5fkV6c"
    "Iec3Pn44/1V2+BWRMyeHrD2g/WDm247sHw34JKJIw+UQTY5gyafGS3FCF0yWOH0fWwTILX"
    "u7HFdyvvhwB4Ab/LOsJTe0Y+Xp4noPlLfdC8rQ/eXJ6/ZTJLXs/1q9tzW85YEwV8C3BI0N"
    "OiHCKrINQfzlJA/eEsFmraxIWaN088CzR3vqgCzPlLtLsWZJiMfRTPz8gchN0JNwHg45uS"
    "t3hazmIBzVUUz5/v+z0+oD6SEKCqptjgf0DXrDTAlk10E3CjYNCRF5b1TfeL6Jtu/d9h6W"
    "12+g0GjmHZU5ONwgZohKBXiM5CwJGhHUW/RVpsbYH4HAhShpngkr7zLvJhxUGFnGpzfayv"
    "3O9N4Myw3ZXuh/XuXYA9rfpQoi1n7O4qdPfNZYhlm0HAr+3hLaAfwW/9nhTm4qbf8LcafS"
    "bo2IaMjScZqj6IvLsejAGmEwXGMLNNYH6Sgmawwy4ROUxhVE+fzOOUSsOMwntjmEib4i9o"
    "xVBuk0eCWOHpN67p9GChNAtwycD94UmPd3f7iCZ82hg2AaEiv538YmSzXz8gEj5oNwnIFO"
    "MxVOZP0FTlANi0xTgzQnc2faNNi7NF+A7EcMrgob+DPvXGYrVnQ2OOcI1rznqNJ8nWrD0j"
    "FqDX71ljtg7GCJrEkmQ0n4BBph6g2RaYoxUxRmfQmgHNAhaBDHEM1+zkzxupwhA9pCHKGC"
    "dTRmXR3oNU+ajvLwtzwcr7cWk8h10Uq6vyoO9LjYy2A9eDlBXk+pFw2cMkkc0meiTz4S4v"
    "d5AyBzaXUyerBJcdohVnM198FDtZL2V7Zws2XxzX7DiM9VI2cNOaLz6hClgvzfp9s96SXs"
    "p4aUA8r3HsFnb/JMlkGXs9njNW4qEURkW5jAr2PwJrvDnh9a9gHODs/fsUtgTpFWtMsLaQ"
    "NUHeoiz4ev0rZ6jlH8wShlo89NUy1CKaSPzC6QvCmYbqKLYVFY6GS3nzZYB0GBOrdxfFpo"
    "lUzb5bj3WEkhCnq0T05T1xqpYj+keR+lfTWCwhXvFUMK8pUQtTfJ2EIiYUMaGIpVHEHEtR"
    "suDr9a+cInZ6lQLc06tYbGlTEFryqxzyfZz8jHh4/TQVFOHTNBjHQxxG2NL+i2RFhxZnla"
    "YYS9hZRHwuwXyYwAhlRrzWbTcH/WvA/o3wfbfe6VwD9m+Eu1Kr/dAljez/CHfqg8/SNWD/"
    "wiHPNHxK8y7EvwqRN2FiOAQLoh9w8kWpScJ/F4JUSeZIebiUh1+ZmhMhANFiqRsrhDhyHq"
    "thBGiE95aTPwcxdqAumzR1nuh8E8QRz4Y2jU/u4dJXCep/nJ19+PDx7P2Hy6uL848fL67e"
    "bzCPNiWB32h/pvgHJowoQ2ykzMhvsbQpZnYVR9zjUxu5xIdPcqz9c+JglukOxo6m2xq23t"
    "Hv+1ft8DNJIamPj8jUyJdxjJ2GYegIYj57/GQhrowJXVHs2Nw5LPKNfr8TQL7RDkl/76Hb"
    "kDxth3TS7JiXwgNuB4deiFREZ8scnRV+2/jVqFp+25fdE1E65hYbk6dwRdHNHJO/c4c5Mn"
    "DTxuR9QpU5o9hn52mYoEieR8YIqXu6zm+8wXporTVUBPrA6z/TzJzgumUjVRmrpWmQyRfq"
    "ewJ15w5TVZhE1OqgUatAIJQXuwpHShMiWKyrvPT1TbP9AeL53yywJgYu8TvwlciBKv/9K9"
    "29YM8Q+OYYNgQz8qPAeAWaxIpuD7pSC0Cskk/du440JJ8279insNuwuG8aYTIa23exMB4R"
    "HcM0nOkMEEaS7yG/E+rAWVL1lbZBG8wRWgJC86TZMw2z77TJVxKwaycigicieCWakw4QwV"
    "toWIYLw8F2dg9mlLZKJsWBvZeU1TszIkIrGLE7I4hU28hcyAsD27MsMRMOZZX4kFvkhIrr"
    "jghHKQXCMTJMf748XmaUXx+VQDZGdndANkglkOUgS9AiliVBQM8StwtSiaoke4Tm3OwhjZ"
    "cnEM+AIJWImObOlm2SUTbGhOkEa3JnjYm+OWybcjh7IGN0O3EcEe7OEO6mKoybyi3DKZJX"
    "CPLcmYkqEJf+cEv2+yNZr5mjjoDlYE7IORbgEJXQhGKR3dUZwKOuEswHdgcw93RWKQ8Sib"
    "mDC+quAs4hrgzCBxbuR6hrqkyA1DhGV3xudYjsVSdX07rEj5wQRaLCtyUqTLuLBIG8G0er"
    "24kUt/jZo7opbjRsnC3FzUdRJb2nqBQ3r/7IniluXqGTIwM3bYqbT6j2SHE7fBLSK8myCW"
    "ZscuDtEot+aNC/Badsvmg2RoI0s58lh9KLvB9pUpEjCyS3zINhMhbM0crD130RNtxxm4IZ"
    "SG4nNx+H0+7l1nLLOJH7cgT6H4nJVMGUT04yVSQnND6ZKpiLyvqKqgDHtOCdgIScIsJSIu"
    "xjzt7qeJsnQPSqLR4yc9rO7numN9RFpWhFRLXWv5N6GWMOjOYa0L8j3K0Pm7dS6xq4FyN8"
    "89C5aXc69N7mcoSpMtwa1H8lhJvLWjqRD250T1PW6TS+rNPpkZd1EicO5GI6TTTTsqkyQC"
    "4WOzGfP4LYCVjmnYA0r1kltgvegd9hWsHpMnNah+TlNGmdi2wOkgidOFsk6m30gbSAtjLL"
    "vGWdP8Bu/t6SYX0Yf68PQLJGW9mOC+QS76Rxlgz7oguA+oAb64Yyp88SwT0+6yiGfK/ko5"
    "Jx4NBZRrvGSUUKQG6FZXbJVRd56s8vskvHJNKfaYOXj6SCe7wuUu3xukjY43XBK5ctMqtf"
    "dAYXmwYKm0BMNEGmSR2z6wBdphRpPrVIlM79BfBSajOZqUEiIf7Ph/J9Raz3jOb7amYfGc"
    "RpA/pB6RIx/fwRL7Ryhq9gDSfSGyxnEx/m9RXQETFeEeMVMV4R4xUxXhHjLUkQSMR4ReRP"
    "xHhfN6dFjFfEeMv2EokYr4jxihhvrg5SW7P1TGGwDUEFg2CFFDo0yTQuKwSSqRF3qNbzhm"
    "1kkDKjX5N6n9s9SRq0e5/lAbFig59H+P4Ls2nl4aDeku6vQfDzCN8N+q2H5rDdJ7bu9prQ"
    "1TvSvdytD74Q/aj3mRAGb1Bjulf/LHWl3pDa0971CPdvbtpNSa63um1qePs+kVGlwS/kI3"
    "0O92oXs/osnegkSE5YcGbEdsy6/z9AIyIXnIXfmms6z2WeUM9oQyECdLmvP7TuDVIdJaZ6"
    "UbrZMTJIqWfHHrHYrgH9O8I/P/Ta/YF82/58ew18H0aY/pXvm7dE5b0Gvg8j/Eu/WafzYb"
    "0jN/tk3qRH5kXvjXCj3ryVOv3BNfCu6Px4P5QGdG6k/0e41W8O+wNib16DzWU5Zj8L6tBc"
    "yZS1mRPQorRVmgoPnITmgUnYvTMjtrSCETszYkYrtWXRBbz+lSlSk2PJT5EWkheuIi2kDG"
    "khRaY8dIyphm+gpjsmqnGSHgLtJ0lpDzrtKU98XZ89KaSPEaAESAWM+oSezkHPzqAHxtAH"
    "AVRUVPBmjo0nDAwTYMN+ewIm5GqJzJ+gwuwhdjyHbeuEVe/CCk5R3yFSM8qVmuFxM4u7y0"
    "9zsJyCwzm8Li7S6O0XF/GKO2075nSAw6631coHiCz9L7M+dWkEbEDDArzVydeauDaxONo6"
    "upBqZRIpeccy7881zIE1nWvJoy21R+mm3av3mswjvrkc4YHUHDy0h2tnuO/DLv6d1540Jl"
    "aJ3VeJQP4QMftmdib3u49E7AXbw9M+0aYO14EUD72PREC/B/QOjs3yiQc/QCQiT7kzxVtG"
    "xlndgGE64Qnk7Y8UB8SLA+Jf3qv6/AHx/CkhB2RTnkZ9rMhGpsGj2sl4LKgXupWRvfscj4"
    "k3J8T7SrzJRzhJjmo5OUlwkojzrotNA1XIW5QFX69/Pvi+rOgWnFVuomls8hgf3C2FEN+U"
    "4ivcda/EXZchqBPO9OCe4JpFg6temkdoK4CDeYWCskAUDGdVESVhDaSCSTW1x33ftwFSTE"
    "ezFwjbLdM9GKyKWBmTiaYg3oGsWdBKadGXc0dZkSff+A9tCaCb+fCbJjup5W494NEpugm+"
    "E+4pOJFfGzkOZ3OmUPAsHO6BN+FTcXy+r5zOwtmITbxLwZt0eW4F34Sc4Frw9xLuhYMpsS"
    "IH4/XlYPiqkGWtYMkhFTHK3GOUL1iBu2RazAvtfVIMk+O1u9ENGLfjyaMIgT6hJOWZrvKQ"
    "+Fb/odGRwB2Z1tr3bVf6N94L1khvbatwDKR6JwTw2ERwrhpPHPmOn3sCRCIxZY/5ZV29JN"
    "PE7yMR0O8B/fEVOrwb9O/691Ir4+K6oWO1HNjVCDeJeLUHXXpzc0m1pZ+l5pDe9K5G+P7h"
    "ThoQGnp3e01H6N51pOF6BPdyhFtSs9Pu0ZveVTk0LRUpmrqT+zxIKWqmlblmGuWVRX4/6W"
    "BnCvZFCKtXTOr0faqwFO0W/169jwamDMdWjAWSd1WV+fRCZd5VZT7sLvVyQp5bFuVGODMv"
    "G0FKsWyUedkQsfX4F6pasXVRg6L4OdNTmLPm9UfoxILEAZdGiTPi6iMRkEYhnWiYmPg+Z3"
    "oGbLm0AmSxHeUAiAZiz2lBDRAJQY3CukPF9b2LrVdRVBN2Tm1KPOy5waeSmXgnoW0+fuFK"
    "sYNK7EorYFeaqKKWbxW1eO0rB4xvvAG9Q+COaz1LCzRX80wzQWyT3fYV5oypgkcKdFBlSo"
    "Gw6iXy7onvDrnBRwqx30JNA/DGUZADytXKKY4gG/aplKquZUTCOUmrvLcgPnnV3PaWN+/h"
    "8zUu6+BPY0waNfMT+Do2DHtmyY6F1K+A1ZW0tjFyALG6jXeDzVYJ8GZhPCIVGFhf0eKVhD"
    "NkciTDQx04S+oAtt5G614e8HtFPm658nHFuS9F75j0jmuNxnNi/KSQG/p/Xce/PiLsZBLL"
    "DYEQy3RiyaZ5WYFLqGg2R4OJnVmjhMLZxHHg+ZbRrOBuqUTF/qhfdHsAFnebcULGapRUbF"
    "UIBMlzyWcV5yqViR3kxzv0kbK9KkEqwZbc2YK+L5GyztixEVY930DKVSKGWsTRODt3Sp5e"
    "z5H9/p3UyyjnjOYa0L8jTGSQZdmv/4eN/TQK51UKdfMqVtm8EjVjRF6bSLUQlT9L4Xp+Ps"
    "aapq7R4WvRlGxdLqp6SLJjniYddAyFW51y23iS6IpniQu61+9ZH/wteTLwNNN0BCBgxOx4"
    "pzdUjk4ALUHwFtDosmMj69P6cCjGIjBHK2AhU4NEUUXWmtQCUDENy4p43Av5lhEmYqogiz"
    "QIX3sJfe20HgtXEeXD6navXOHHy/MU6uXleax+SZtC5RGUb45m7qRhhkiFill2FTNDWcIi"
    "lyYWr+esSl4cP35BIi3Uv2umWo7iuSwm93JN7uU4VLDS0/wSWtaTQd7cGbRmWXCOEFYxSF"
    "jEEY40ZLKr78yjLTPWNZrKUu/9Z107glyMcKPe+yJ36736Z2lwDfyfRrh/c9Nu0tvuxQjX"
    "W9127xqwf7t42k4v0+yFDy+xvp3wl1FdyObm/TUMwg+I47QgjyjErTGhKopd3tR0WHd+o9"
    "/vBNSbRju0l7330G1IBHUG+rZqEef0cOHXfCVKZyCwD3FGv6aPQoRoOK/RC22Arjish/e/"
    "VxDQBPf7S2zHKRnChe3GoTNmDsA23GGqiapvWSndjrwjhTSfYBF0aGVt9IgwrxZ6lnhRnY"
    "4k0YGqg3lAKm1jjnh1J7OBZM+GdJwj1JNTgSSOC0mDklc7T4RoDxmirSNTU2Y1jifcbTlJ"
    "9IVv+whP+DHpxScJnvBHZFoZz2HzkZTZXVgm1yx9qTIg7HavILqnaeuJJpUTjZ7SiG1X60"
    "qbM+0jEQWxM6ZGv2hQ98f/AeKPbU8="
)
