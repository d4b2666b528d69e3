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
    "eJztXVtz4jgW/isqXrZnK9OVzq2z6a2tIsRJmOaSIqRnd4Ypt7AF9mBk2pek2dn+7ysJG3"
    "yRjQ2GGEcviZF0ZPvTsXRuOvqrNjVVZNjv666qO9Izwk7tCvxVw3CKyAWn9gjU4Gy2qqMF"
    "DhwarDmk7WS0bDi0HQsqtMsRNGxEilRkK5Y+c3QTU4JfNRMoGsRjpIIXDTpH5C/Cn8DXGb"
    "Qmsq5+BbZizpDNKgHEwByNdAVZYArnwEJQfU/vo5oKuZGOx8V16WL9m4tkxxwjR0MW6fj3"
    "P0ixjlX0Hdn05+81c/gnUhzZmc8QJfF+6mrtD9p0NpFHOjLUEJ6kklSx8gUdKWti55Y1pG"
    "8ylBXTcKd41Xg2dzQTL1vrC2jHCCMLOoh271guhRa7huENhI/24i1WTRaPH6BR0Qi6Bh0g"
    "Sr14gFVZTZY73b78KPVluRYbPJ8iAL5XpJiYDjx5VJu9/Zg+ws8nH84+nl2eXpxdkibsMZ"
    "clH38sbr0CZkHI4On0az9YPXTgogXDfwUq4TD6RDFgGxq0+MiuKCLokseOoutjmQavX7DC"
    "d8Xv+wB4Cr/LBsJjRyM/L85S0PxS7zXu6713F2c/MZ4ln+fi0+14NSesigK+AjjC6FlRjp"
    "BVEOrTkwxQn54kQk2ruFDz5om1QHPniyrAXDxHe2tBjsk4QLF+RuYg7E24KQAf3pS8wtN2"
    "p1NozeN4/vLY7fABDZBEAFV1xQH/A4ZuZwG2bKybghsFg/Y8te1vRpBF37Xr/45yb6PVvW"
    "bgmLYztlgvrIPrCPQKkVkIODJ04ujfkBpHnyL+CIQpo4Pgkb73L4oZir0yOZXmutiYe/dN"
    "GZl+sy099uvth9Dw3NT7Eq05YaXzSOm7i8iQLTsBvzb794D+BL91O1J0FJft+r/V6DNB1z"
    "FlbL7IUA1A5Jf6MIYGnQgwppVvAguS7GgG2+8SUcAURuX00SRJqDStOLy3poX0Mf6M5gzl"
    "JnkkiBWefOOpTk82yrIAlwzcHz73+KWrR7Tgy1KxCTEVeXfyxshhb98jHN5rNgjIFOMhVC"
    "Yv0FLlENi0xjwxIyXLtvGq6ck0WgIxHDN46HvQp15qrI7WNycI17jqrF95lK7NOhrRAP12"
    "a5XZOhgiaBFNktF8AiaZeoDu2GCC5kQZ1aCtAd0GNoEMcRTX/OTrlVShiO5TEWUDJ9OByi"
    "O9h6mKEd9fF+YdC++HJfHsd1GsrsiDvs900tsGox6mrOCoH8go+5ikDrOFnsl8uMnHHaYs"
    "YJjLKZNVYpRdIhXnU18CFBtpL2X7Znesvrie2rEf7aVs4GZVXwJMFdJeGvXHRv1Gei3l5R"
    "riSY2jt7DyozSVZei3WKesJEMplIpyKRXsfwzWZHXCb19BP8DJ8XEGXYK0SlQmWF1EmyBf"
    "UR58/faVU9SKd2YJRS0Z+mopajFJJHnhDDjhLFN1FceOM8e1R3n7uYcMmOCr9xbFhoVU3X"
    "lY9HWAnJAkq8Tk5S1xqpYh+scu5a+GOZ1BPOeJYH5VqhSmBBoJQUwIYkIQyyKIubai5MHX"
    "b185QezDZQZwP1wmYkurwtCSt3LJ/TjxGcnwBmkqyMIfsmCcDHEUYVv/L5IVA9qcVZpiLG"
    "F3GrO5hONhQj2UGfFau9noda8A+zfAj+16q3UF2L8Bbks3zac2qWT/B7hV791JV4D9i7o8"
    "s4xTlm8h+VOIfQkj0yVYEPmAEy9KVRL+txCmSlNHyjNKRdiVqToRARBNZ4Y5R4jD54kSRo"
    "hGWG858XMQYxcaskVD54nMN0Ic9rzWx8nBPVz6KkH9j5OT09OPJ8enF5fnZx8/nl8eLzGP"
    "V6WBf928o/iHJoz4gDhI0ci72PoYM72Kw+7JoY1c4v0HOdb+OXIxi3QHQ1c3HB3b7+n9/l"
    "Xb/0yyk9DHZ2Tp5GYcZefaNA0EMX94gmSRURkSul0Nx7Jkv8hfd7utEPLXzQj3d57a15Iv"
    "7ZBGupPwUfjAbWDQi5AK72yZvbPCbpu8GlXLbvu6eyJKN7i79clTuOLo5vbJP3jdHBi4WX"
    "3yAabKHVEc0PN0TFAkzyNjhNQtTee3fmcdtJAaKgJ96PPXdKsguO5ZT1XGamaZZPKFxpZA"
    "PXjdVBUm4bXaq9cq5Ajl+a6intIUDxZrKs8CbbNsf4B48jcbLIiBR/wefCV8oMp//0p3Lz"
    "gaAt9c04FAIy8FhnPQIFp0s9eWbgDEKvnVfmhJffJr+Y19ipoNd3enASa9sX0XU/MZ0T4s"
    "0x1rgAwkuQ95T2gAd0bFV1oHHTBBaAYIzYvuaDpm93TILQnYtSPhwRMevBLNSXvw4E11LM"
    "Op6WInvwUzTlsllWLP1ks61BsPRIxWDMTmA0G42kHWVJ6a2NHy+Ew4lFUah8I8J5RdN0Q4"
    "TikQTuBh+vrycJaTfwNUAtkE3t0A2TCVQJaDLEGLaJYEASOP3y5MJbKSbOGa86KHdF6cQP"
    "IAhKmEx7TwYVkFGeUbmCidGJrCh8ZC31y2TTkaPZDTu53aj3B353B3UxHGC+WW4RjJcwR5"
    "5sxUEYhLv78l+/hA1mtmqCNguZjjck4EOEIlJKFEZDc1BvCoqwTzns0BzDydl8vDRGLu4I"
    "K6KYNziCuD8J6Z+xkauioTIHWO0pUcWx0he9PB1TQv8TPHRZEq8K2IdibdxZxAfsHBynYi"
    "xC159qhuiBt1G+cLcQtQVEnu2VWIm59/ZMsQNz/RyYGBmzXELcBUW4S47T8I6Y1E2YQjNj"
    "nwtolG3zfp3x2HbL5qNEYKN7PXkiPhRf5LWpTlyALJTfNgWmwIJmju4+t9CMvR8arCEUhe"
    "Iy8eh1Pvx9Zy0ziRcjkG/Y/UYKpwyCcnmCoWE5ocTBWORWVtRVaAQ1rwjkBKTBEZUsLsQ8"
    "7e6mSdJ0T0pjUeMnM67uZ7ppfUuwrRirFqrfsgdXL6HBjNFaB/B7hd7zfupZsr4F0M8O1T"
    "67bZatGy5eUAU2H4plf/lRAuL2vZWD680T1LWqcPyWmdPhx4Widx4kAhqtNIt2yHCgPkYr"
    "rR4PN7EDsBy7wTkMY1q0R3wRuMd5RWjHSZR3pTA7rwDRWWcWCTIEYRwLjeQTRzLfK15Ir8"
    "D5BUMPj/PFPw/3lK8P85L4+qCLl71QAiEU26swnEQiNkWVRjX1huc8XO8alFBF3hH4Afa5"
    "XLzhUmEuy/3scTyG66pZsnkEz1wCDO6ukJc5dw9hSP+E63VAcyGXBcAOE8B8n2/0BmBWH8"
    "F8Z/YfwXxn9h/BfG/5JYB4XxX5iEhfH/bY+0oztGLvvokqCC1tGdpEaxTAPJCoFkbCal4V"
    "8v8cQ6KTP6Nalz1+xIUq/ZuZN7RLwJ/x7gx89M2JH7vfqN9HgFwr8H+KHXvXlq9JtdIgSt"
    "rgldvSU9yu167zP5cDp3hDBcQKWsTv1OakudPhW0/OsB7t7eNhuSXL9pN6lEFvhFepV6X8"
    "hP+hze1Sby1kk21knhnCjjaESoyLtjKEQjTFoci6490Q2eLSVlB/SSQlhui3dd6FhGqqsk"
    "7HfONjvGOin17NghS/kVoH8H+JenTrPbk++bd/dXIPBjgOlf+bFx3+22rkDgxwB/6TbqdD"
    "6st+RGl8yb9JCNeNkAX9eJntnq9q6Af0Xnx8e+1KNzI/0/wDfdRr/bI4LIFVhelmP2s6EB"
    "rblMhzZ3ZEKctkpT4Z6jE3wwyXBvPBArWjEQGw+EcHIJJ1e1nFy7dOC0zLGOb6FuuBaqcV"
    "w4ofqjNCeOQVvKo0DTtQlxuxgBSoBUwKiPaBJamiKW5kWmDwIoq6jg3YTo5RiYFsCm89MR"
    "GJGrGbJ+hgoT4lkWWscxyFC9j67Ku7qHcDSVy9Hkj2YeG02QZm8ekv1Zac7Pswib5+fJ0i"
    "atO2Tnxn7X22p5N2JL/+usT23oKFqPni7IW50Ctalr05S2k61lQxFgUJV5f6JjDqzZ7CE+"
    "banNILfNTr3TYGbc5eUA96RG76nZX1hwAz+EC1ysEvtcJULeUKL2aU4um3GARES2b2EeHu"
    "lj18qXsDRAIqDfJqbam7GGeS1OUTphdOJtLBBH7okj917fgLf+yD3+lFAAshnP9zpUZGPT"
    "4EFtATgU1EPs+YwsusRviRLTur8suqoSUrs0ZrBZkmPG8GfPZAOGP00Ly8VBLbxHKZYLcd"
    "babgMKFfIV5cHXb18Mvq/LuiF0T7PYd06T7TunMfuOhcaJYUh8cFcUgn0zsq+wob0RG1oO"
    "T0s0/IJ7elAeKa56sReRoHIipG4JUdjHVEWUhN6UCSbV0p+3/d56SLFc3Zki7NxYXlL6Km"
    "Jljka6Is4231XW5WDC4BC6uRMvx448PyhBN8XKxM3AHHvbWCrmZT7rcB5mbrLlaEbmgJWw"
    "oDzMS7ZJNin4ky7PrBCYkFNMC8FWwrywNyFWBEa8vcCIQKKTvEmyOKRin1Xh3txXTPJZMi"
    "nmlXbRKKbFsdrdGiZM2jvjU0RAH1GS8kxXRXD8TffpuiWBBzKtNR+bHvcvrReskhatTnXq"
    "SfVWBOChheBENV84/J0894SIRLTIVmfYQps8QR7wAyQC+m1Odj64XEoPve5D91G6ybm4Lu"
    "lYVgB2NcANwl7NXpsWLi+ptPSL1OjTQv9qgB+fHqQeoaGlq2vaQ/uhJfUXPXiXA3wjNVrN"
    "Di30r8ohaalI0dWNzOdhSpGWpcxpWehY2eT9SQMnl7MvRrjRV12ykY18U8eZ3FK0WfJ3dR"
    "x3TJmuo5hTtPGBsnx6ITJvKjJrOjfyNzn3ic4P+z1kyAuLN/WZM+98EqUT00nu6ST3Qh2m"
    "FAt1mRdqEc2Q/JlVK5pBpOLY/Srlqyh595zE6IQIwAGX+uVz4hogEZDGIQ2f75oPWy6tAD"
    "lZdM07KcToBLhiH9oeEA2FUmQFNUQkGDUOK4t4zAdqkESw6votk8s0Ilvu7KtkYOlRZH9f"
    "kLkybJ0U21F3sB1VZOorNlNfsmhbAMa3fof+sUmHtZ5lBZor1meZIFaxm9syc87I1wMFOi"
    "wyZUBY9ePSt8R3g1D3A4U4qP5nAXhphSkA5WqFyMeQjRqsMsC70mcFvGvgjan+pUpNG5tA"
    "OCHuvEkmOdTdWrWWl9Pc+jS1dfCnOSSVuvUJfB2apqPZsmsj9StgqWHtVUQNgFhdRceA5c"
    "YqVj41n5ENTGzMwYI3Q3lqd3GTASYsQBY58h7QAO6Meklskb62hNH64nyhXe+n9s+LjPse"
    "E2z6kOvJf1vnTz4j7OZiyyWBYMtsbMlmelmBM6joDkdiSZxZ44TCdsexhwZW0rzgrqj2h+"
    "zxgcAaPGiNm4QgJZ49Tio2MoUCOgqJdhfnd5VpOMjLu/SR8n0qYSoxLIUPC/o+Q8oiusxB"
    "WPVtARlXiQRq4Zbk7Osr+eYbDu9ve5I54UG2B2fxP6rvZxE4LzOIm5eJwualyCglYjBF5I"
    "rIoFwKU/N6l3WWrGf7z1RVsnV5V7mF0g3xNIajZSrc3LWryqNU0zuLAzH8dmtt7vfkycCL"
    "phsIQMCI2Yls7ygfHQGaoOQnQJ31roPsT4vz3NgQgQmaAxtZOiSCKrIXpDaAimXadszovp"
    "O7DDBhUwXZtrC1l9LWTrM1cQVRPqxe88qlhb04yyBeXpwlype0KpI8Rfnm6tZGEmaEVIiY"
    "ZRcxYwLRK/mIg1nok1anQJb6dQvUc6Dp2jXqVw06ZN2YuUOyCmhI9VYQG+oqMEfAxAjQ4C"
    "agO4Ayg64iwuFXgB1Gh9Qjetboizan543Gjy0tsO8BHuA6CPi+vb7+dNUxWbsg8ILewIvu"
    "aAAaBunUZr3bVwBBRVvciaxeNlsCbXpoqgdUxgXu92VKsUC01zI09A+x/onMcG88M5zYKr"
    "kbw2P+DWfbbjOrOqLeEsPRwE3TQBDzUQ1QRVAdErIDhDUtb0e32wqJbtfNSBaPzlP7WiIz"
    "BJsgVvnaOH5Wlvwrj7qyoqheDoriT7IYUosEjUK3XCOfby5OKfxzhfvnxG42sZutTFbsDL"
    "vZXkcPZnHqHP3Xj19P1ntJDY1zsjKpvMmACiNnuZQ8OqR5TxgL0ghz51pz5wza9otJvlwN"
    "2loenGOEZdamNw2WPT/PEix7fp4cLEvr4lGHm1oufNoyY12juzrqnf8sMqySiwG+rnc+y+"
    "16p34n9a5A8NcAd29vmw1a7F0McP2m3excAfZvI7vGRRa7RtTUHLBrXMR9Ag53O2Gqsrgi"
    "2qOu6E9NB6srivieZC6vlvMlpMFCnDO+J0AhQhU5n9ErWWIrDuv+49AqCGiKHv8aWT5Khv"
    "DOknzQGbMAYK+9bqqJamBZKV2inwOFtJigSejS8+fQM8K8EwPzxE3WaU8S7ag6mIe40jEn"
    "iHc6Sz6QHK1P+zlAOTkTSOJQ3Swo+SdMiFDl1HNiFxlIBEj7jOeuI0tXtBrHXeDVHKU6DF"
    "ZthLtgX3yya3fBM7JsPV+gQYCkzDbVMtmv6UeVA2GveQXR/ZD1LJG0o0TiIXTY8UTTrEEc"
    "ARJxtl7OOI1XjQD/8X99kqcq"
)
