from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "bank" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "credit_product" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "min_amount_fen" BIGINT NOT NULL,
    "max_amount_fen" BIGINT NOT NULL,
    "min_term_months" INT NOT NULL,
    "max_term_months" INT NOT NULL,
    "min_rate_bp" INT NOT NULL,
    "max_rate_bp" INT NOT NULL,
    "collateral" JSONB NOT NULL,
    "industries" JSONB NOT NULL,
    "size_classes" JSONB NOT NULL,
    "requires_tech_designation" BOOL NOT NULL,
    "min_company_age_years" INT NOT NULL,
    "quota_count" INT NOT NULL,
    "quota_amount_fen" BIGINT NOT NULL,
    "used_count" INT NOT NULL,
    "used_amount_fen" BIGINT NOT NULL,
    "valid_until" DATE NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "bank_id" INT NOT NULL REFERENCES "bank" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_credit_prod_active_0121a8" ON "credit_product" ("active");
COMMENT ON TABLE "credit_product" IS 'A bank''s credit product. `used_*` is the quota held by CONFIRMED and COMPLETED proposals;';
CREATE TABLE IF NOT EXISTS "login_failure" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "username" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_login_failu_usernam_b0d589" ON "login_failure" ("username");
COMMENT ON TABLE "login_failure" IS 'One failed login, by the username typed (known or not), for per-account throttling.';
CREATE TABLE IF NOT EXISTS "park" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "region" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "company" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "uscc" VARCHAR(18) NOT NULL UNIQUE,
    "industry" VARCHAR(1) NOT NULL,
    "size_class" VARCHAR(8) NOT NULL,
    "founded_on" DATE NOT NULL,
    "employees" INT NOT NULL,
    "annual_revenue_fen" BIGINT NOT NULL,
    "tech_designations" JSONB NOT NULL,
    "verified" BOOL NOT NULL,
    "verified_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "park_id" INT NOT NULL REFERENCES "park" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "company"."size_class" IS 'MICRO: MICRO\nSMALL: SMALL\nMEDIUM: MEDIUM\nLARGE: LARGE';
CREATE TABLE IF NOT EXISTS "financing_need" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "needed_by" DATE NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "first_confirmed_at" TIMESTAMPTZ,
    "withdrawn_at" TIMESTAMPTZ,
    "amount_fen" BIGINT NOT NULL,
    "term_months" INT NOT NULL,
    "purpose" VARCHAR(500) NOT NULL,
    "collateral" JSONB NOT NULL,
    "max_rate_bp" INT NOT NULL,
    "preferred_bank_ids" JSONB NOT NULL,
    "company_id" INT NOT NULL REFERENCES "company" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_financing_n_status_64f7c7" ON "financing_need" ("status");
CREATE INDEX IF NOT EXISTS "idx_financing_n_created_1b4cbf" ON "financing_need" ("created_at");
COMMENT ON COLUMN "financing_need"."status" IS 'OPEN: OPEN\nMATCHED: MATCHED\nFULFILLED: FULFILLED\nWITHDRAWN: WITHDRAWN';
CREATE TABLE IF NOT EXISTS "hiring_need" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "needed_by" DATE NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "first_confirmed_at" TIMESTAMPTZ,
    "withdrawn_at" TIMESTAMPTZ,
    "title" VARCHAR(200) NOT NULL,
    "role_category" VARCHAR(20) NOT NULL,
    "headcount" INT NOT NULL,
    "skills" JSONB NOT NULL,
    "min_education" VARCHAR(20) NOT NULL,
    "salary_min_fen" BIGINT NOT NULL,
    "salary_max_fen" BIGINT NOT NULL,
    "hires" INT NOT NULL,
    "company_id" INT NOT NULL REFERENCES "company" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_hiring_need_status_769ad3" ON "hiring_need" ("status");
CREATE INDEX IF NOT EXISTS "idx_hiring_need_created_eb7c12" ON "hiring_need" ("created_at");
COMMENT ON COLUMN "hiring_need"."status" IS 'OPEN: OPEN\nMATCHED: MATCHED\nFULFILLED: FULFILLED\nWITHDRAWN: WITHDRAWN';
COMMENT ON COLUMN "hiring_need"."role_category" IS 'ENGINEERING_RD: ENGINEERING_RD\nSKILLED_TRADES: SKILLED_TRADES\nPRODUCTION: PRODUCTION\nSALES_MARKETING: SALES_MARKETING\nMANAGEMENT: MANAGEMENT\nOFFICE_ADMIN: OFFICE_ADMIN\nSERVICES: SERVICES';
COMMENT ON COLUMN "hiring_need"."min_education" IS 'NONE: NONE\nJUNIOR_HIGH: JUNIOR_HIGH\nHIGH_SCHOOL: HIGH_SCHOOL\nVOCATIONAL_COLLEGE: VOCATIONAL_COLLEGE\nBACHELOR: BACHELOR\nMASTER: MASTER\nDOCTORATE: DOCTORATE';
CREATE TABLE IF NOT EXISTS "recruitment_drive" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(200) NOT NULL,
    "date" DATE NOT NULL,
    "venue" VARCHAR(200) NOT NULL,
    "booth_capacity" INT NOT NULL,
    "booths_used" INT NOT NULL,
    "role_categories" JSONB NOT NULL,
    "skills" JSONB NOT NULL,
    "industries" JSONB NOT NULL,
    "expected_attendance" INT,
    "status" VARCHAR(8) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "park_id" INT NOT NULL REFERENCES "park" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "recruitment_drive"."status" IS 'OPEN: OPEN\nCLOSED: CLOSED';
COMMENT ON TABLE "recruitment_drive" IS 'A job fair; `booths_used` counts CONFIRMED and COMPLETED proposals and moves only by';
CREATE TABLE IF NOT EXISTS "round_lock" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(64) NOT NULL UNIQUE,
    "acquired_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "round_lock" IS 'Held while a round for (park, kind) computes; the unique key serialises rounds across';
CREATE TABLE IF NOT EXISTS "app_user" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "password_hash" VARCHAR(255) NOT NULL,
    "role" VARCHAR(16) NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "bank_id" INT REFERENCES "bank" ("id") ON DELETE RESTRICT,
    "company_id" INT REFERENCES "company" ("id") ON DELETE RESTRICT,
    "park_id" INT REFERENCES "park" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "app_user"."role" IS 'COMPANY: COMPANY\nBANK_MANAGER: BANK_MANAGER\nOFFICER: OFFICER\nADMIN: ADMIN';
CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "action" VARCHAR(64) NOT NULL,
    "object_type" VARCHAR(32) NOT NULL,
    "object_id" VARCHAR(64) NOT NULL,
    "park_id" INT,
    "summary" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "actor_id" INT REFERENCES "app_user" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_park_id_a666f2" ON "audit_event" ("park_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_created_a87696" ON "audit_event" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_object__f85e0e" ON "audit_event" ("object_type", "object_id");
COMMENT ON TABLE "audit_event" IS 'Who changed what, when; `park_id` scopes what an officer may read.';
CREATE TABLE IF NOT EXISTS "auth_token" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "user_id" INT NOT NULL REFERENCES "app_user" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "auth_token" IS 'A bearer token; only its keyed hash is stored.';
CREATE TABLE IF NOT EXISTS "match_round" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "weights" JSONB NOT NULL,
    "figures" JSONB NOT NULL,
    "created_by_id" INT NOT NULL REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "park_id" INT NOT NULL REFERENCES "park" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "match_round"."kind" IS 'FINANCING: FINANCING\nRECRUITMENT: RECRUITMENT';
CREATE TABLE IF NOT EXISTS "proposal" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(12) NOT NULL,
    "hiring_need_ids" JSONB NOT NULL,
    "amount_fen" BIGINT,
    "score" DOUBLE PRECISION NOT NULL,
    "breakdown" JSONB NOT NULL,
    "reasons" JSONB NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "decision_note" VARCHAR(1000),
    "outcome_amount_fen" BIGINT,
    "hires" INT,
    "outcome_note" VARCHAR(1000),
    "outcome_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "company_id" INT NOT NULL REFERENCES "company" ("id") ON DELETE RESTRICT,
    "decided_by_id" INT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "drive_id" INT REFERENCES "recruitment_drive" ("id") ON DELETE RESTRICT,
    "financing_need_id" INT REFERENCES "financing_need" ("id") ON DELETE RESTRICT,
    "outcome_by_id" INT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "park_id" INT NOT NULL REFERENCES "park" ("id") ON DELETE RESTRICT,
    "product_id" INT REFERENCES "credit_product" ("id") ON DELETE RESTRICT,
    "round_id" INT NOT NULL REFERENCES "match_round" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_proposal_status_772547" ON "proposal" ("status");
COMMENT ON COLUMN "proposal"."kind" IS 'FINANCING: FINANCING\nRECRUITMENT: RECRUITMENT';
COMMENT ON COLUMN "proposal"."status" IS 'PROPOSED: PROPOSED\nCONFIRMED: CONFIRMED\nREJECTED: REJECTED\nSUPERSEDED: SUPERSEDED\nCOMPLETED: COMPLETED\nDECLINED: DECLINED';
CREATE TABLE IF NOT EXISTS "round_verdict" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(12) NOT NULL,
    "company_id" INT NOT NULL,
    "need_id" INT NOT NULL,
    "matched" BOOL NOT NULL,
    "reason" VARCHAR(32),
    "blocking_rules" JSONB NOT NULL,
    "round_id" INT NOT NULL REFERENCES "match_round" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_round_verdi_kind_d69522" ON "round_verdict" ("kind", "need_id", "round_id");
COMMENT ON COLUMN "round_verdict"."kind" IS 'FINANCING: FINANCING\nRECRUITMENT: RECRUITMENT';
COMMENT ON TABLE "round_verdict" IS 'What a published round said of one need it considered: matched, or why not.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
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
    "eJztXelzozgW/1dU/rI9W5mu7lydTW9tlQ+S9rSPlOP07M54ipZBNkywcHMk7Z3t/30lGW"
    "wOgcHGDib6kmBJT8BPD+ldevqrNjNVZNhv666qO9ITwk7tGvxVw3CGyAWn9gTU4Hy+rqMF"
    "DhwbrDmk7WS0aji2HQsqtMsJNGxEilRkK5Y+d3QTU4JfNRMoGsRTpIJnDTon5C/CH8HXOb"
    "QeZV39CmzFnCObVQKIgTmZ6AqywAwugIWg+pbeRzUVciMdT4vr0sX6NxfJjjlFjoYs0vHv"
    "f5BiHavoO7Lpz99r5vhPpDiys5gjSuL91NXaH7Tp/FGe6MhQQ3iSSlLFypd0pKyNnRvWkL"
    "7JWFZMw53hdeP5wtFMvGqtL6GdIows6CDavWO5FFrsGoY3ED7ay7dYN1k+foBGRRPoGnSA"
    "KPXyAdZlNVnu9YfyvTSU5Vps8HyKAPhekWJiOvDkUW329lP6CD+fvj//cH51dnl+RZqwx1"
    "yVfPixvPUamCUhg6c3rP1g9dCByxYM/zWohMPoE8WAbWrQ4iO7poigSx47iq6PZRq8fsEa"
    "3zW/HwLgGfwuGwhPHY38vDxPQfNLfdD8VB+8uTz/ifEs+TyXn27PqzllVRTwNcARRs+Kco"
    "SsglCfnWaA+uw0EWpaxYWaN09sBJo7X1QB5uI52lsLckzGAYrNMzIHYW/CTQH4+KbkNZ62"
    "O5tBaxHH85f7fo8PaIAkAqiqKw74HzB0OwuwZWPdFNwoGLTnmW1/M4Is+qZb/3eUe5udfo"
    "OBY9rO1GK9sA4aEegVIrMQcGToxNFvkRpHnyH+CIQpo4Pgkb71L4oZioMyOZXm+thYePdN"
    "GZlhuyvdD+vdu9DwtOpDidacstJFpPTNZWTIVp2AX9vDT4D+BL/1e1J0FFfthr/V6DNB1z"
    "FlbD7LUA1A5Jf6MIYGnQgwppVvAguS7GkGO+wSUcAURuX0yWOSUGlacXhvTAvpU/wZLRjK"
    "bfJIECs8+cZTnR5slGUBLhm4P3zu8UvXj2jB55ViE2Iq8u7kjZHD3n5AOHzQbhKQKcZjqD"
    "w+Q0uVQ2DTGvPUjJSs2sarZqezaAnEcMrgoe9Bn3qlsTra0HxEuMZVZ/3Kk3Rt1tGIBui3"
    "26jM1sEYQYtokozmIzDJ1AN0xwaPaEGUUQ3aGtBtYBPIEEdxzU++WUkViughFVE2cDIdqD"
    "zSe5iqGPH9ZWHes/B+XBLPYRfF6oo86PtcJ71tMephygqO+pGMso9J6jBb6InMh9t83GHK"
    "Aoa5nDJZJUbZJVJxPvUlQLGV9lK2b3bP6ovrqR2H0V7KBm5W9SXAVCHtpVm/b9Zb0kspLw"
    "2IH2scvYWVn6SpLGO/xSZlJRlKoVSUS6lg/2OwJqsTfvsK+gFO373LoEuQVonKBKuLaBPk"
    "K8qDr9++copa8c4soaglQ18tRS0miSQvnAEnnGWqruLYceZoeJQ3nwfIgAm+em9RbFpI1Z"
    "27ZV9HyAlJskpMXt4Rp2oZon/sU/5qmrM5xAueCOZXpUphSqCREMSEICYEsSyCmGsrSh58"
    "/faVE8TeX2UA9/1VIra0KgwteSuX3I8Tn5EMb5Cmgiz8PgvGyRBHEbb1/yJZMaDNWaUpxh"
    "J2ZzGbSzgeJtRDmRGvddvNQf8asH8jfN+tdzrXgP0b4a7Uaj90SSX7P8Kd+uBWugbsX9Tl"
    "mWWcsnwLyZ9C7EuYmC7BgsgHnHhRqpLwv4UwVZo6Up5RKsKuTNWJCIBoNjfMBUIcPk+UME"
    "I0wnrLiZ+DGLvQkC0aOk9kvgnisGdDnyYH93DpqwT1P05Pz84+nL47u7y6OP/w4eLq3Qrz"
    "eFUa+I32LcU/NGHEB8RBikbexdanmOlVHHZPDm3kEh8+yLH2z4mLWaQ7GLu64ejYfkvv96"
    "/a4WeSvYQ+PiFLJzfjKDsN0zQQxPzhCZJFRmVM6PY1HKuSwyLf6Pc7IeQb7Qj39x66DcmX"
    "dkgj3Un4KHzgtjDoRUiFd7bM3llht01ejaplt33ZPRGlG9z9+uQpXHF0c/vk77xujgzcrD"
    "75AFPljigO6Hk6JiiS55ExQuqOpvMbv7MeWkoNFYE+9PlrulUQXJ9YT1XGam6ZZPKFxo5A"
    "3XndVBUm4bU6qNcq5Ajl+a6intIUDxZrKs8DbbNsf4D48W82WBIDj/gt+Er4QJX//pXuXn"
    "A0BL65pgOBRl4KjBegSbTo9qArtQDEKvnVvetIQ/Jr9Y19jJoN93enESa9sX0XM/MJ0T4s"
    "051qgAwkuQ95T2gAd07FV1oHHfCI0BwQmmfd0XTM7umQWxKwayfCgyc8eCWakw7gwZvpWI"
    "Yz08VOfgtmnLZKKsWBrZd0qLceiBitGIjtB4JwtYOsmTwzsaPl8ZlwKKs0DoV5Tii7bolw"
    "nFIgnMDD9PXl8Twn/waoBLIJvLsFsmEqgSwHWYIW0SwJAkYev12YSmQl2cE150UP6bw4ge"
    "QBCFMJj2nhw7IOMso3MFE6MTSFD42Fvrlsm3I0eiCndzu1H+HuzuHupiKMF8otwymSFwjy"
    "zJmpIhCX/nBL9rsjWa+ZoY6A5WKOyzkR4AiVkIQSkd3WGMCjrhLMBzYHMPN0Xi4PE4m5gw"
    "vqtgzOIa4Mwgdm7ido6KpMgNQ5SldybHWE7FUHV9O8xE8cF0WqwLcm2pt0F3MC+QVHK9uJ"
    "ELfk2aO6IW7UbZwvxC1AUSW5Z18hbn7+kR1D3PxEJ0cGbtYQtwBT7RDidvggpFcSZROO2O"
    "TA2yUa/dCkf/ccsvmi0Rgp3MxeS46EF/kvaVGWIwskN82DabEheEQLH1/vQ1iNjlcVjkDy"
    "GnnxOJx6P7aWm8aJlMsx6H+kBlOFQz45wVSxmNDkYKpwLCprK7ICHNOCdwJSYorIkBJmH3"
    "P2VifrPCGiV63xkJnTcbffM72i3leIVoxVa/07qZfT58BorgH9O8Ld+rD5SWpdA+9ihG8e"
    "OjftToeWrS5HmArDrUH9V0K4uqxlY/nwRvcsaZ3eJ6d1en/kaZ3EiQOFqE4T3bIdKgyQi9"
    "lWg8/vQewELPNOQBrXrBLdBW8x3lFaMdJlHultDejCN1RYxoFtghhFAONmB9HctcjXkivy"
    "P0BSweD/i0zB/xcpwf8XvDyqIuTuRQOIRDTp3iYQC02QZVGNfWm5zRU7x6cWEXSFfwB+rF"
    "UuO1eYSLD/Zh9PILvpjm6eQDLVI4M4q6cnzF3C2VM84nvdUh3IZMBxAYTzHCTb/wOZFYTx"
    "Xxj/hfFfGP+F8V8Y/0tiHRTGf2ESFsb/1z3Sju4YueyjK4IKWkf3khrFMg0kKwSSqZmUhn"
    "+zxBPrpMzo16TebbsnSYN271YeEPEm/HuE7z8zYUceDuot6f4ahH+P8N2g33poDtt9IgSt"
    "rwldvSPdy9364DP5cHq3hDBcQKWsXv1W6kq9IRW0/OsR7t/ctJuSXG9121QiC/wivUqDL+"
    "QnfQ7vaht56zQb66RwTpRxNCJU5N0xFKIRJi2ORdd+1A2eLSVlB/SKQlhui3dd6FhGqqsk"
    "7HfONjvGOin17NgjS/k1oH9H+JeHXrs/kD+1bz9dg8CPEaZ/5fvmp36/cw0CP0b4S79Zp/"
    "NhvSM3+2TepIdsxMtGuFEnemanP7gG/hWdH++H0oDOjfT/CLf6zWF/QASRa7C6LMfsZ0MD"
    "WguZDm3uyIQ4bZWmwgNHJ/hgkuHeeiDWtGIgth4IjeZ2yCML+O0rs621wCRBwl9YFK7CX1"
    "gGf+E+fWEdc6rjG6gbroVqHG9YqP4kzR9m0JbyJNB0Y27hPkaAEiAVMOoTms+XZtulKabp"
    "gwDKKip484jNZwxMC2DT+ekETMjVHFk/Q4XpQyyhr+MYZKjeRgWcfd1D+OzK5bPzRzOPuS"
    "tIczBn0+EMXhcXWeT2i4tkwZ3WHbOf6LDrbbUcRbGl/2XWpy50FG1AD2rkrU6B2tS1aUbb"
    "ydaqoYjVqMq8/6hjDqzZTEs+baktSjftXr3XZBbx1eUID6Tm4KE9XBrDAz9ENIFYJQ65So"
    "Qcy0Tt05xc5vcAidgksIOlfaJPXa4BKRn6AImAfpfwdG/GGue1OEXphNGJt0dDnF4oTi98"
    "eQPe5tML+VNCAchmPCrtWJGNTYNHtZviWFAPsecTsugSvyNKTOv+suyqSkjt05jBZkmOGc"
    "OfPZMNGP40LSwXR7XwnqRYLsSxdfuNzVTIV5QHX799Mfi+LOuG0D3LYt85S7bvnMXsOxaa"
    "JkZ08cFdUwj2zci+wob2SmxoOTwt0fAL7kFMeaS46sVeROLziZC6I0RhH1MVURJ6UyaYVE"
    "t/2vV7GyDFcnVnhrDTsrz8/lXEypxMdEUcE7+vBNbB3MshdHPnsI6dHn9Ugm6KlYmbzDr2"
    "trGs1qvU4OGU1ty81dHk1gErYUEprVdsk2xS8CddnlkhMCGnmBaCrYR54WBCrAiMeH2BEY"
    "GcMXnzjXFIxZa1wr25L5gvtWRSzAttSFJMi2O1uzFMmLQNyaeIgD6hJOWZrorg+Fb/odGR"
    "wB2Z1tr3bY/7V9YLVkmL1gdkDaR6JwLw2ELwUTWfOfydPPeEiES0yE7HAUObPEEe8AMkAv"
    "pdDsk+urRUd4P+Xf9eauVcXFd0LMECuxrhJmGv9qBLC1eXVFr6RWoOaaF/NcL3D3fSgNDQ"
    "0vU17aF715GGyx68yxFuSc1Ou0cL/atySFoqUnR1K/N5mFJkuClzhhs6VjZ5f9LAyeXsix"
    "Fu9VWXbGQj39S7TG4p2iz5u3oXd0yZrqOYM7T12bx8eiEybysyH3breDkhLyze1GfOvPNJ"
    "lE5MJ7mnk9wLdZhSLNRlXqhFNEPyZ1ataAaRimP/q5SvouTdcxKjEyIAB1zql8+Ja4BEQB"
    "qHNHxUbj5subQC5GTRNe+kEKMT4Ip9aAdANBRKkRXUEJFg1DisLOIxH6hBEsGqm7dMrtKI"
    "7Lizr5KBpSeR/X1B5sqwdVJsR93DdlSRqa/YTH3Jom0BGN/4HfonUB3XepYVaK5Yn2WCWM"
    "du7srMOSNfjxTosMiUAWHVj0vfEd8tQt2PFOKg+p8F4JUVpgCUqxUiH0M2arDKAO9anxXw"
    "boA3pvqXKjVtbALhhLjzJpnkUHdr3VpeTXOb09TWwZ/mmFTq1kfwdWyajmbLro3Ur4Clhr"
    "XXETUAYnUdHQNWG6tY+cx8QjYwsbEAS94M5andx01GmLAAWeTIe0ADuHPqJbFF+toSRuuL"
    "o5r2vZ/aP3oz7ntMsOlDrif/dR3l+YSwm4stVwSCLbOxJZvpZQXOoaI7HIklcWaNEwrbHc"
    "ceGlhJ84K7phKHbMTNzOsz67hJCFLi2eOkYiNTKKCjkGh3cRRamYaDvLxLHynfpxKmEsNS"
    "+LCg73OkLKPLHIRV3xaQcZVIoBZuSc6+vpJvvuHw/q6HwhMeZHtwlv+j+n4WgfMqg7h5lS"
    "hsXomMUiIGU0SuiAzKpTA1b3ZZZ8l6dvhMVSVbl/eVWyjdEE9jODqmws1du648STW9szgQ"
    "w2+30eb+iTwZeNZ0AwEIGDE7ke0N5aMTQBOU/ASos951kP1xeZ4bGyLwiBbARpYOiaCK7C"
    "WpDaBimbYdM7rv5S4jTNhUQbYtbO2ltLXTbE1cQZQPq9e8cmlhL88ziJeX54nyJa2KJE9R"
    "vrm6tZWEGSEVImbZRcyYQPRCPuJgFvqk1SmQpX7TAvUUaLpxjfpVgw5ZN+bumKwCGlK9Fc"
    "SGugrMCTAxAjS4CegOoMygq4hw+DVgh9Eh9YSeNfqsLeh5o/FjSwvse4RHuA4Cvm+vrz9d"
    "dUrWLgi8oDfwrDsagIZBOrVZ7/Y1QFDRlnciq5fNlkCbHprqAZVxgft9lVIsEO21Cg39Q6"
    "x/IjPcK88MJ7ZK7sfwmH/D2a7bzKqOqLfEcDRw0zQQxHxUA1QRVMeE7AhhTcvb0e93QqJb"
    "ox3J4tF76DYkMkOwCWKdr43jZ2XJv/KoK2uK6uWgKP4kizG1SNAodMs18vnm4pTCP1e4f0"
    "7sZhO72cpkxc6wm+1l9GAWp87Rf/349WS9l9TQOCcrk8qbDKgwcpZLyaNDmveEsSCNMHdu"
    "NHfOoW0/m+TL1aCt5cE5RlhmbXrbYNmLiyzBshcXycGytC4edbit5cKnLTPWNbqro977zz"
    "LDKrkY4Ua991nu1nv1W2lwDYK/Rrh/c9Nu0mLvYoTrrW67dw3Yv63sGpdZ7BpRU3PArnEZ"
    "9wk43O2EqcrimuiAuqI/NR2trijie5K5vFrOl5AGC3HO+J4AhQhV5HxGL2SJrTish49Dqy"
    "CgKXr8S2T5KBnCe0vyQWfMAoBteN1UE9XAslK6RD9HCmkxQZPQpefPoSeEeScG5ombrNOe"
    "JNpRdTAPcaVjPiLe6Sz5QHK0Ie3nCOXkTCCJQ3WzoOSfMCFClVPPiV1mIBEgHTKeu44sXd"
    "FqHHeBV3OS6jBYtxHugkPxyb7dBU/IsvV8gQYBkjLbVMtkv6YfVQ6EveYVRPd91rNE0o4S"
    "iYfQYccTTbMGcQRIxNl6OeM0XjQC/Mf/Ac9aDh4="
)
