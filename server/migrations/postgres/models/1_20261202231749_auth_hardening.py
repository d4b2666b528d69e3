from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "throttle" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "scope" VARCHAR(32) NOT NULL,
    "subject" VARCHAR(160) NOT NULL,
    "count" INT NOT NULL,
    "resets_at" BIGINT NOT NULL,
    CONSTRAINT "uid_throttle_scope_ed3a46" UNIQUE ("scope", "subject")
);
CREATE INDEX IF NOT EXISTS "idx_throttle_resets__97bccc" ON "throttle" ("resets_at");
COMMENT ON TABLE "throttle" IS 'A counter of attempts by one subject (an account, a client address, both) in the current';
        ALTER TABLE "company" ADD "released_at" TIMESTAMPTZ;
        ALTER TABLE "company" ADD "released_uscc" VARCHAR(18);
        ALTER TABLE "company" ADD "verified_profile" JSONB;
        DROP TABLE IF EXISTS "login_failure";
        CREATE INDEX IF NOT EXISTS "idx_auth_token_expires_018e6d" ON "auth_token" ("expires_at");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_auth_token_expires_018e6d";
        ALTER TABLE "company" DROP COLUMN "released_at";
        ALTER TABLE "company" DROP COLUMN "released_uscc";
        ALTER TABLE "company" DROP COLUMN "verified_profile";
        DROP TABLE IF EXISTS "throttle";"""


MODELS_STATE = (
    "eJztXVtz2ziW/isovUyypfUkTux4nK2tkmU5UUcXlyx3706ri4ZISGSbAhVe7NbO5L/vAU"
    "RKvIA0qZspBi82ReCA5IcD4Nxw8K/azNKI6Zw0PM1wW0+EurVL9K8axTMCF4LSOqrh+Xxd"
    "xm64eGzy6pjVU8iq4thxbayyJifYdAjc0oij2sbcNSzKCH7TLaTqmE6Jhp517NbhL6Gf0c"
    "Mc24+KoT0gR7XmxOGFCFNkTSaGSmw0wwtkE6ydsOdolgoPMuh0d0161PjuEcW1psTViQ0N"
    "//4H3DaoRv4iDvv5e80a/0lUV3EXc8JI/J+GVvuDVZ0/KhODmFoETyiEIn5/SQf32tS94R"
    "XZl4wV1TK9GV1Xni9c3aKr2sYS2imhxMYuYc27tsegpZ5p+h0RoL38inWV5euHaDQywZ7J"
    "OohRL19gfa+mKL3+ULlrDRWllui8gCIEvn9LtSjreHhVh3/9lL3Cf56+//jp48WH848XUI"
    "W/5urOpx/LR6+BWRJyeHrD2g9ejl28rMHxX4MKHMbeKAFsU8e2GNk1RQxdeO04ugGWWfAG"
    "N9b4rvn9EADP8F+KSejU1eHn+ccMNH9tDJpfG4M35x/fcp6F4bkcuj2/5JQXMcDXAMcYPS"
    "/KMbIKQv3hNAfUH05ToWZFQqhF88SLQAvniyrAvHuO9teCApNxiOLlGVmAsD/hZgB8fFPy"
    "Gk/Hm82wvUji+ctdvycGNEQSA1QzVBf9G5mGkwfYsrFuBm4MDNbyzHG+m2EWfdNt/E+ce5"
    "ud/hUHx3Lcqc1b4Q1cxaBXQWYBcBTsJtG/hhLXmBFxD0Qp453gk54EF7vpioMyOZPm+tRc"
    "+M/N6Jlhu9u6Gza6t5HuuW4MW6zklN9dxO6+OY912aoR9Ft7+BWxn+if/V4r3ouresN/1t"
    "g7Yc+1FGo9K1gLQRTcDWCMdDoIMJZdbAILk+xpBjvsErGDKYzJ6ZPHNKHSspPw3lg2Mab0"
    "G1lwlNvwSpiqIvnGV53uHZJnAS4ZuD8C7gnurl/Rxs8rxSbCVPDt8MXE5V8/AA4ftJsAMs"
    "N4jNXHZ2xrSgRsVmKdWrE7q7rJotnpLH4HUzzl8LDvYG+90lhdfWg9EloTqrNBYT1bm3V1"
    "0ACDei8qsw00JtgGTZLTfEYWTD3IcB30SBagjOrY0ZHhIAcgIwLFtTj5y0qqVEQPqYjyjl"
    "NYRxWR3qNUuxHfXxfmPQvvxyXxHHZRrK7IQ/6aG9DaBr0epayenHsknRyAlNnLNnmC6XCT"
    "sR2l3EEvl1Mkq0QveyAUF9NeQhQbKS+lm6j3q714vtZxGOWlbODm1V5CTBVRXpqNu2bjuv"
    "VaussVpo81gdrC79ezNJZxUOMlXSUdSqlTlEun4P8TsKZrE0H9CroBTt+9y6FKQK1UXYKX"
    "xZQJGEVF8A3qV05P270vS+pp6dBXS09LSCLpC2fIB2dbmqe6TpI5rnzKm28DYuIUV72/KD"
    "Ztohnu7bKtI+SENFklIS9viVO17NA/9il/Na3ZHNOFSAQLijKlMDVUKYfR2K+OrAnCiLmZ"
    "T9DDE7ENeFtNgUEyMUzygB4JmTsIRDJoCAYNXGEXaUQ1NIKIaUyNsWEa7gK9gZ7y4KGLus"
    "DAvK9Hjahj/B9Bqokdp45coupQ3wFVgzOl8xZhJxxpBdVcFDyXPWh2gtYv96xbDrTFxzVi"
    "y+2IhmhtkNKxA2RvMHK+e9h1if3Wf2VmLLeJatlanb8+I0asERPDMqEhg6KHgF7xHFV9qL"
    "O2lwX8N4PFxCrRLVNjlnj25dRCT9g0tGVzKrwLgecCszrWskLwqL+xp2MTWc8wxFjFEbXJ"
    "1HDgDaW5XorW5Vp3DiBasxFVBN+gfuVE6/cXOcB9f5GKLSuKQhvMvEXgDdNUkIXf58E4He"
    "I4wmxBU/iCJsa4Rb1ZwooWDXCKtFBmxGvddnPQv0T834jedRudziXi/0a027pu33ehkP8f"
    "0U5j8KV1ifi/uIiRp5/yjIX0oZAYCRPLAyxA4hMEADMlUzwWolRZCmZ5emkXngKmIMYAJL"
    "O5aS0IEfB5qoQRoZH2eEFAJKYUZETFZnshQOabEAF7XhnT9GgtIX2VoP7H6emHD59O3304"
    "vzj7+OnT2cW7FebJoizwr9pfGP6RCSPZIUwpUcJKSbI/0mNVhcSHj1qt/dfEo3zrAhp7hu"
    "ka1Dlhz/vv2uFnkr3EsgY6oWCsWBbobVTcPWGyWK+MgW5f3bG6c1jkr/r9TgT5q3aM+3v3"
    "3atWIO1AJcNNGRQr3b+4iTZGKv3tZfa3x208ReY+Ee1WU9/x9PNe5riIAaqI/pYg3EilKB"
    "n6+1aUV6BtElAUIZUzXJlnOOlrTB9i1fI1vu42vtJ17n7jyBhcSXQLx5Hd+s0cGbh548hC"
    "TFV4E0zIkmVQQBHeR6GEaFu6e2+CxnpkqRdVBPrI8NcNe0dwfeUtVRkrkN5h8sXmlkDd+s"
    "1UFSYZaXHQSItI8I4o3iIe3ZMRdcGrKvNQ3Tw79jB9/JsTRBv4xCcsGgBEwv94YBvumHv/"
    "u2e5GOnwUWi8QE3QlduDbusaseCBZr9722kN4ddqjH2OO0b296QRhdb4VsGZ9URYG7blTX"
    "UEHQnPge/EJvLmTHz1AzlYqAQLing2XN2g/JkuPBLArtVljIKMUSjRnHSAGIWZQRU8szzq"
    "FvfRJGmrpFIc2D/DunrjjkjQyo7YvCOAq11iz5SZRV29iFdYQFmlftiZb5ix64YIJyklwi"
    "k8zD5fGc8L8m+ISiKbwrsbIBulksgKkAW0QLMEBMwi3rkolUyktYVjzo+PNESRUOkdEKWS"
    "MSE775Z1GGWxjonTya7Zgyv7u8cza8TjowTie1b8TmY7MqCnQEAPE2H8fTQKnhJlQbDInJ"
    "kpAgnpD7dkvzuS9Zob6gAsjwpczqkAx6ikJJSK7KbGABF1lWA+sDmAm6eLcnmUSM4dQlA3"
    "ZXABcWUQPjBz832dCgBpCJSu9N0jMbKfevsIS6X/JHBRZAp8a6K9SXcJJ1Bw42hlOxnilj"
    "57VDfEjbmNi4W4hSiqJPfsK8QtyJm1ZYhbkJzryMDNG+IWYqotQtwOH4T0k0TZRCM2BfB2"
    "QaMfWuzvnkM2XzUaI4Ob+WcpsfCi4CNtxnKwQApTE1k274JHsgjw9QfCqnf8omgEkl/Jj8"
    "cRlAextcLUg3BfSUD/IzOYKhryKQimSsSEpgdTRWNReV2ZUvCYFrw6yogpgi4FZh8Lskek"
    "6zwRop9a44GZ0/U2zwqxot5XiFaCVWv921avoM+B01wi9ndEu41h82vr+hL5FyN6c9+5aX"
    "c67N7qckSZMHw9aPwGhKvLWj6Wj24Dy5OK8H16KsL3R56KUB6SsxPVaWLYjsuEAbiYbdT5"
    "4hbkTsAy7wRkcc0a6C50g/6O08qeLnNPb2pAl76hneVU2SSIUQYwvuwgmns2jJZCkf8hkg"
    "oG/5/lCv4/ywj+PxPl/pYhd68aQCSjSfc2gdhkQmybaexLy22h2DkxtYyg2/kACGKtCtm5"
    "okSS/V/28YQycm/p5gklAD8yiPN6eqLcJZ09u0d8r1uqQ5kMBC6AaJ6DdPt/KLOCNP5L47"
    "80/kvjvzT+S+N/SayD0vgvTcLS+P9z97RruKI8thnHrAcEFbSO7iU1im2ZRFEBkqmVdtDI"
    "yxJPopEyo19r9b60e63WoN37ogxAvIn+HtG7b1zYUYaDxnXr7hJFf4/o7aB/fd8ctvsgBK"
    "2vga7Rad0p3cbgGwyc3hcgjN5gUlav8aXVbfWGTNAKrke0f3PTbraUxnW3zSSy0C9otTX4"
    "FX6y9/CvNpG3TvOxTgbnxBlHB6Gi6I6hCI00aQksus6jYYpsKRk7oFcU0nK7e9eFQRWieW"
    "rKfud8s2OikVLPjj1Yyi8R+zuiv9z32v2B8rX95eslCv0YUfZXuWt+7fc7lyj0Y0R/7Tcb"
    "bD5sdJRmH+ZNdoxQ8t6IXjVAz+z0B5couGLz492wNWBzI/s/otf95rA/AEHkEq0uyzH7Od"
    "jE9kJhXVs4MiFJW6Wp8MDRCQGY0N0bd8SaVnbExh0hnVzSyVUtJ9c+HThd7Kr6gJ1PVxM4"
    "cEKl9SwHzozVU+xVRenAOaZRXs9w4DwaVABrPnkzoC21mHnT7jV6Ta4mry5HdNBqDu7bw6"
    "WGHPohXQwln5Ir7GN4hmVVdwvp5CESGTm4hfo9MaaeXSwhXIhEQr9NzJo/Y42LSvRxOinU"
    "iwI35ZFG8kij11eQXj7SSDwl7ADZnOenHCuyiWnwqEIsjwX1aJovYrMlfkuUuNb967KpKi"
    "G1T2MGnyUFZoxg9kw3YATTtLRcHNXCW8+wXMizbPYbsKHCKCqCb1B/N/i+LutG0P2Qx77z"
    "Id2+8yFh37HJNNXNKwZ3TSHZNyf7ShvaT2JDS2hneWTdpctGeDpDESmuer6tWNAeCKlbQh"
    "T1MVURJak35YJJs42nbcfbgKi2Z7gzQt1r20/6W0WsrMnEUOXZsfvKahlOyBhBt3Biy8SR"
    "skcl6GZYmYQZLhNfm0h1ucoXGs1zKUxmGc94GbIS7ijP5Ypt0k0KwaQrMiuEJuQM00K4lj"
    "QvHEyIlYERP19gRGgjedEkJAJSGce+c2/uKyZRK5kU80pRyqplC6x2N6aF02KTA4oY6BNG"
    "Up7pahccf92/v+q00C1Ma+27ts/9K+sFL2S31qdmDFqNTgzgsU3wo2Y9C/g7fe6JEMloka"
    "3OCMQOvEER8EMkEvptTs48ulwVt4P+bf+udV1wcV3R8V2X/GpEm8Be7UGX3VxdMmnpl1Zz"
    "yG4GVyN6d3/bGgANu7u+Zi10bzut4bIF/3JEr1vNTrvHbgZX5ZC0NKIa2kbm8yil3PZe5m"
    "3vrK8c+H6o4BZy9iUINxrVJevZ2Jh6l8stxaqlj6t3SceU5bmqNSMbH9gnppci86Yis24I"
    "I3/T95Yb4rDfY4Z8Z/GmAXMWnU/idHI6KTydFF6oo5RyoS7zQi2jGdKHWbWiGeRW5/2vUo"
    "GKUnTPSYJOigACcJlfviCuIRIJaRLS6Pl5xbAV0kqQ00XXopNCgk6CK/ehHQDRSChFXlAj"
    "RJJRk7DyiMdioIZJJKu+vGVylUZky519lQwsrcf294WZK8fWSbkddQ/bUWUmpN1mQkoXbX"
    "eAceJY6uNaz/ICLRTr80wQ69jNbZm5YOTrkQIdFZlyIKwFcelb4rtBqPuRQhxW//MAvLLC"
    "7ADlaoXIJ5CNG6xywLvWZyW8L8CbUP1LlfovMYEIQtxFk0x6qLu9rq2sprkXY95rDfSnNY"
    "ZCw/6MHsaW5eqO4jlEe0A8R7ezjqhBmGrr6Bi02ljF78+sJ+Igi5oLtOTNcEfu5SEjCiwA"
    "ixx8BzaRN2deEuekVpfR+mWL1pfnN+x7P3VwHlfS95hi08dCT/7Pdb7XE6FeIbZcEUi2zM"
    "eWfKZXVDzHquEKJJbUmTVJKG13AntoaCUtCu6a6nDIvjsSWMMH2QiTEGTEsydJ5UamSEDH"
    "TqLd5fkoZeoO+HiPvVKxoRKlkt2y824hf82JuowucwnVAltAzlUihVq6JQX7+kq++UbA+9"
    "ueFAs8yPfgLP/H9f08AudFDnHzIlXYvJAZpWQMpoxckRmUS2FqftllnSfr2eEzVZVsXd5X"
    "bqFsQzyL4ehYqjB37bqwnml653EgZlDvRZv7V3gz9KwbJkEYcWI0sWz0hvFRHbEEJW8Rc9"
    "Z7LnE+I1cnaNlF6JEskENsA4OgSpwlqYOwaluOkzC67+UpIwpsqhLHkbb2UtraWbYmoSAq"
    "htWvXrm0sOcfc4iX5x9T5UtWFEueon73DHsjCTNGKkXMsouYCYHolXzE4Sz0aatTKEv9Sw"
    "vUU6jqi2vUbzp2Yd2Ye2NYBXSi+SuIgw0NWRNkUYJYcBMyXMSYwdAIcPgl4ofREa2OYKV5"
    "1heIWu5JYmXaYdsjOqINFPJ9+2396WlTWLsw8oPe0LPh6gibJjTq8NadS0Swqi+fBKuXw5"
    "dAByBGPlA5F7jfVynFQtFeq9DQP+T6JzPD/eSZ4eRWyf0YHotvONt2m1nVEfWXGIEGblkm"
    "wVSMaogqhuoYyI4Q1qy8Hf1+JyK6XbVjWTx6992rFswQfIJY52sT+Fl58q8i6sqaono5KH"
    "Z/ksWYWSRYFLrtmcV8c0lK6Z/buX9O7maTu9nKZMXOsZvtdfTgoW5brsuxTejAq7J6lv7r"
    "hmvlCInmUcnEZsooc3/P5qAdjhdcMXW88Z8EJr83mCKs8op1pmaaBlM+sabBiHfqaGy5+l"
    "tkUK5Uqp5tk+X4jIVF7+dBI/oMvGY9B8p08Pmf/edpPJoaRBb1Ea7954WjqZlPmsx4S28c"
    "YoM+/Hf2z1CJ8/egsZP54m2ahvw7y1w753D7n7HUg6VZ+JXU4lV35JW0VgRlVoZLI2kFTF"
    "4E4DVJBSF+f54rn9p5Rjq1c8Ghdx4VYJxhQfDrS1FJqH05xHWE7oysDJcRsn0B+wpT7wES"
    "W5bErcC3/QlEqWA7YLoYBSUsbNzOJUald4D0GZdLOGBdWvTA1jCN9B6/6D2eY8d5tmDk6t"
    "jRi+CcIKygsHB6dpZn79HZWfreI1aW3MSxqSMooC0z1jW2SbbR+99lwnq4GNGrRu+b0m30"
    "Gl9ag0sU/jWi/ZubdpPd9i9GtHHdbfcuEf+3kZvoPJeElyHgJUMsXGF2hkzb+5rogKb3YG"
    "o6WtO7DJdO5/JqxbJEHAKYFgyXDlHInR+CYfRKju2Kw3r4sP4KAprhFnmNpGklQzivU6Rw"
    "zjQ2Y+4A2Cu/mWqiGlpWSpc38Ugh3c0eFOyx43zJE6GiA5iLbENpsJZaT+QYp9/UjShhrn"
    "StRyI67K4YSK4+ZO0coZycC6Tl3pHtQKqk8z2avsc/sEvu/MpCyU/oJkE65Pa4BrENVa8J"
    "3AV+ST3TYbCuI90Fh+KTfbsLnojtGMXiNkMkZbaplsl+zQZVAYT96hVE933eo9myTmZLhh"
    "JQl4iCCdJjYkMk8qjigmGvr+r5/vH/roq4Ug=="
)
