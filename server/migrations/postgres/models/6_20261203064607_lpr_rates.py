from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "lpr" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "published_on" DATE NOT NULL UNIQUE,
    "one_year_bp" INT NOT NULL,
    "five_year_bp" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "recorded_by_id" INT NOT NULL REFERENCES "app_user" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "lpr" IS 'A loan prime rate as published on a day, both tenors, as an admin recorded it.';
        ALTER TABLE "credit_product" ADD "rate_basis" VARCHAR(8) NOT NULL DEFAULT 'FIXED';
        ALTER TABLE "credit_product" ADD "spread_bp" INT;
        ALTER TABLE "credit_product" ADD "ceiling_rate_bp" INT;
        ALTER TABLE "credit_product" ADD "floor_rate_bp" INT;
        ALTER TABLE "credit_product" ALTER COLUMN "max_rate_bp" DROP NOT NULL;
        ALTER TABLE "credit_product" ALTER COLUMN "min_rate_bp" DROP NOT NULL;
        ALTER TABLE "proposal" ADD "annual_rate_bp" INT;
        UPDATE "proposal" SET "annual_rate_bp" = (
    SELECT "min_rate_bp" FROM "credit_product" WHERE "credit_product"."id" = "proposal"."product_id"
) WHERE "product_id" IS NOT NULL;
        COMMENT ON COLUMN credit_product."rate_basis" IS 'FIXED: FIXED\nLPR_1Y: LPR_1Y\nLPR_5Y: LPR_5Y';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "credit_product" DROP COLUMN "rate_basis";
        ALTER TABLE "credit_product" DROP COLUMN "spread_bp";
        ALTER TABLE "credit_product" DROP COLUMN "ceiling_rate_bp";
        ALTER TABLE "credit_product" DROP COLUMN "floor_rate_bp";
        ALTER TABLE "credit_product" ALTER COLUMN "max_rate_bp" SET NOT NULL;
        ALTER TABLE "credit_product" ALTER COLUMN "min_rate_bp" SET NOT NULL;
        ALTER TABLE "proposal" DROP COLUMN "annual_rate_bp";
        DROP TABLE IF EXISTS "lpr";"""


MODELS_STATE = (
    "eJztXet32kiW/1fq+Esne5hM4iTurLNnz8EYJ3Rj8GLcPT3NHFlIBagtSkQPu9nZ/O97b0"
    "kCPUqyxMtCXV9Aj7ol6Vev+65/n8wtnZrOm6anG277kTL35Jz8+4SpcwoHgrsNcqIuFut7"
    "eMFVxyYvrmI5ha4Kjh3XVjWscqKaDoVLOnU021i4hsWQ4NeZRbSZyqZUJ08z1W3AL2Wfyf"
    "1CtR8UQ78njmYtqMNvEpURazIxNGqTubokNlX1N/gc3dLgQQab7q5KjxnfPKq41pS6M2pD"
    "xb//Cy4bTKd/UgdPfz+xxn9QzVXc5YIiSXBq6Cf/wqKLB2ViUFOP4Qk34Ra/7tPBtQ5zr3"
    "hB/JKxolmmN2frwoulO7PYqrThQzuljNqqS7F61/YQWuaZZtAQIdr+V6yL+K8fodHpRPVM"
    "bCCk9l9gfe1EUXr9oXLbHirKSarxQooI+MElzWLY8PCqDv/6Kb7C307fffjxw6f3Zx8+QR"
    "H+mqsrP373H70Gxifk8PSGJ9/5fdVV/RIc/zWo0MPwjVLAtmaqLUZ2TZFAF147iW6IZR68"
    "4YU1vuv+fgiA5+qfiknZ1J3B6dmHHDR/aQ5aX5uDV2cfXvM+C8PTH7q94M4pv4WArwFOdP"
    "SiKCfIagj1+9MCUL8/zYQabwmhFs0TzwItnC/qAPPue3SwFpSYjCMUz8/IAoSDCTcH4OOb"
    "ktd4Ot58rtrLNJ4/3fZ7YkAjJAlAdUNzyf8R03CKAFu1rpuDG4KBNc8d55sZ7aKvrpv/SP"
    "beVrd/wcGxHHdq81p4BRcJ6DXgWQAcRXXT6F/CHdeYU3ELxCmTjRCQvgkPdtMUB+3kyM31"
    "mbkMnpvTMsPOdft22Ly+iTXPZXPYxjun/OoycfXVWaLJVpWQXzvDrwRPyT/7vXayFVflhv"
    "88wXdSPddSmPWkqHoEovBqCGOs0YGBsexyE1iUZE8z2GGXiB1MYcinTx6ymErLTsN7ZdnU"
    "mLKf6ZKj3IFXUpkm4m8C0enOoUUW4IqB+z3sPeHV9Sva6tNKsIl1Kvh2+GLq8q8fQA8fdF"
    "oAMmI8VrWHJ9XWlRjYeMc6tRJXVmXTt+an8+QVlalTDg9+B771SmJ1Z0PrgbIToTgb3mzk"
    "S7PuDCTAsNyzwmyTjKlqgyTJaT4TC6YeYrgOeaBLEEZnqjMjhkMcgIwKBNfy5M8LqVIQPa"
    "QgyhtOwYYqw73HqXbDvr8szHtm3o+L4znsolhflof+uTCgtg1aPU5ZPz73SBo5BCm3lW36"
    "CNPhJmM7TrmDVq4mS1aLVvaAKS4nvUQoNhJeKjdR71d68QKp4zDCS9XALSq9RDpVTHhpNW"
    "9bzcv2S8kuFyp7OBGILfx6I09iGYclnpNVsqGUMkW1ZAr+n4I1W5oIy9fQDHD69m0BUQJK"
    "ZcoS/F5CmIBRVAbfsHzt5LTd27KknJYNfb3ktBQnkr1wRmxwtqV7muukO8dFQHn184Caao"
    "apPlgUWzbVDffGr+sIe0IWr5Lil7fEqV566O/75L9a1nyhsqWIBQtv5XJhWqRQAaVxUJxY"
    "E6ISNDO/IfeP1DbgbXUFBsnEMOk9eaB04RBgyaAiGDRwpLpEp5qhU0JNY2qMDdNwl+QVtJ"
    "QHD102BArmfT1qxBzjfynRTNVxGsSl2gzKOyBq8E7pvCaqE/W0gmIuCZ+LD5q/IeuXe5pZ"
    "DtTFxzXB5XbEIrQ2cOmqA2SvVOJ881TXpfbr4JVRWW5TzbL1Bn99JCZYianCMqETg5H7kF"
    "7xHE27b2Dd/g1+jrCYqkZnlqmjJh6/nFnkUTUN3a9Og3eh8FzorI7lFwgf9QM+XTWJ9QRD"
    "DAuOmE2nhgNvKNX1krWu1rpzANYaR1QZfMPytWOt330qAO67T5nY4q04tOHMWwbeKE0Nu/"
    "C7IhhnQ5xEGBc0hS9oYozbzJuntGhxB6dYDVVG/OS60xr0zwn/G7Hb62a3e07434hdty87"
    "d9dwk/+PWLc5+NI+J/wvyWIUaaciYyF7KKRGwsTyAAvg+AQOwChkisdCnCpPwKxOK+3CUo"
    "ACYgJAOl+Y1pJSQT/P5DBiNFIfL3CIVBkDHlGxMRYCeL4JFXTPC2Oa7a0lpK8T1P95evr+"
    "/Y+nb9+fffr44ccfP356u8I8fSsP/IvOF8Q/NmGkGwSFEiUqlKTbI9tXVUh8eK/Vk/+aeI"
    "yHLpCxZ5iuwZw3+Lz/Pjn8TLIXX9ZQJhSMFcsCuY2JmydKlmiVMdDtqzlWVw6L/EW/340h"
    "f9FJ9P7e3fVFO+R2oJDhZgyKlexfXkWbIJX29irb25M6njJzn4h2q6nveNp5L3NcTAFVRn"
    "5LEW4kUlQM/X0LyivQNnEoipHKGa7KM5y0NWYPsXrZGl82jK9yjbtfPzKEK41uaT+ym6Ca"
    "IwO3qB9ZpFOVDoKJaLIMBijC+yiMUn1Lc+9VWFmP+nJRTaCPDf+ZYe8Irq+8pjpjBdw7TL"
    "6quSVQN0E1dYVJeloc1NMi5rwj8rdIevfkeF3wosoiUrZIxJ7KHn5wQm+DgPgNegMAS/gf"
    "9xhwh+b9b57lqmQGH0XGS9ICWbkzuG5fEnQeaPWvb7rtIZytxtjnpGFkf08aMaiNhwrOrU"
    "eKddiWN50RaEh4DnynahJvgexr4MiBrhLoFPFkuDOD8We68EgAe8RGrEmuOv/wH4Dvh1GH"
    "vlsFVAA/bErJq/u5wRS8oIwX9yPv9O279/coxoWXXn9GZ4/uzeBvpsEeqA6vRwnDH2uCr+"
    "ugh8Q5fzIUQmcUvOZSZtlkYXoOuXcWyLNiXY3oe1qL4IMmpgVlERKNGvCQqfSvkP4V1Vpt"
    "DuBfgcNQnVsec8vbl9K0dRKHDmxbwqbeuCFStLIhNm8I6NUutefK3GLurIxFW0BZp3bYmV"
    "0bu+uGCKcpJcIChH0uSnWMjR2P4jUcbjU94axjSVu0T3Tus50jBgyh8u63c+L/++cfg/OP"
    "vyXZ6hfwN4rwviWnlwiVzL8jnlk2ADZOJYEV5GYLhakSsMZoJKhpULkEukF/TdFJcNPgBk"
    "L9BvAKKCXAAoAt+FJgxnw9blFPkDiVTNq4hRNI4ItviLxusxsgTiX9D3feLGuX/XINk6ST"
    "TbPzprHpN49ncUr64grULXm+orn1SOfREs6jKNMEMZuKOqXKkqoi01muTCSkP5xa4O2RrN"
    "fcKARgeUzg3pQJcIJKalsykd1UeSuirhPMB1bfclNo2V4eJ5JzhxDUTTu4gLg2CB+4c/Mc"
    "AgoAaQiEruxIxQTZXzpUEbdteRSYlHMZvjXR3ri7lNE+vHC0vJ10p86ePerrTo0uSuXcqS"
    "MUdeJ79uVOHeZn3NKdOkwEeWTgFnWnjnSqLdypD+/wWjGl8b48OuPRAQJ4r0GiH1r4u+fw"
    "gBf1nsvpzfyzlIQra/iRNnY5WCCFafAsmzfBA12G+AYDYdU6wa24t2tQKPD9FNwP4ziEaW"
    "7hupKC/nuu4248vEDguJuKP8h23I3HPfCyMn3tMS14DZLjAwpNCp19LMhUlC3zxIj+0hIP"
    "zJyut3kGohX1vpyAUl31pH/T7pW0OXCac4K/I3bdHLa+okNQcDBiV3fdq063y52EwsMRQ2"
    "b4ctD8FQhXhyfFunw85LhI2tt32Wlv3x152lu5IdtORKeJYTsuMgNwMN+o8cU1yKjzKked"
    "Y2yKDrIL26C9k7Sypavc0psq0KVtaGf5uzZxOpcO588biBaeDaOlVKRWhKSGwVofCwVrfc"
    "wJ1voo2mdCuty9qAPRy/mXVw35nU8gNp1Q20aJ3dfclvKdE1NLD7qdD4DQ16qUnitOJLv/"
    "8zaeyO4PW5p5IptNHBnERS098d4ljT27R3yv6TsiWXMEJoB4Tp1s/X8ki49U/kvlv1T+S+"
    "W/VP5L5X9FtINS+S9VwlL5/9duaddwRTnTs/WjK4Iaakf3ksrKtkyqaADJ1Mra1KpA3pNk"
    "JVVG/6Td+9LptduDTu+LMgD2Jn4+Yrc/c2ZHGQ6al+3bcxI/H7GbQf/yrjXs9IEJWh8DXb"
    "PbvlWum4OfYeD0vgBh/AJyWb3ml/Z1uzdERis8HrH+1VWn1Vaal9cd5MgiZ1Bre/ALnOJ7"
    "BEeb8FunxbpOTs9JdpwZMBVlI4ZiNFKlJUoZ8mCYIl1KTgT0ikJqbndvujCYQnVPy4h3Lj"
    "Y7piqp9OzYg6X8nODviP101+v0B8rXzpev5yRyMmL4q9y2vvb73XMSORmxX/qtJs6Hza7S"
    "6sO8iVvWpa+N2EUT5Mxuf3BOwiOcH2+H7QHOjfg/Ypf91rA/AEbknKwOqzH7Oaqp2ksFm7"
    "a0Z0Katk5T4YG9E0Iwobk3bog1rWyIjRtCGrmkkateRq59GnC6C/tEYLnBy408k40ZFCiQ"
    "YN20VEYWtjGnfg5x1SELbwzs2YwnBicq0dVlg4wtd+anAHcawW7xqg5rU7CfO27e7r5JLr"
    "p7qF6akKplQlo1ZskNfpN0uzYkVSH0rKAZyWJ+bp1yjk8JKrkoipJAGo+bQJskk9jKDASl"
    "oK6vJS1cjpVxSRY+TShH1fNsfAS1HbDyBTc+qhrGRfn4dBerFC9/rbrabGB5TOiMFbmby9"
    "nPsZxirwoW4PB5YTKxrTnfpGduzSlzcYchwyHQZWzoCOdkcNfrdXpfVtsT4Y4/cHNKgR8H"
    "Ksb3CMJIcBMvu1TE6+/nQbjr0f3EmHowi/FdmOh84S4Jz7jEnwOtTvk+SI5lPnJJ4TO5n8"
    "Hy7Y5hoYFl5j54gfmC8k2bnmYWfaQ2sT2GmyeN2Cs8XRKH4qZMxLKhptcN+PE3ZFKDDwMy"
    "h5Iny34AWt3AJzmEWa6hUR2eqMOkbxrAlQUPDD7Mhvr5pkn4qhjm/4MT1IerGzGNuZRsKi"
    "nZPBhMAGsxXX5IW2kV/lWn1+y1uAlydThig3ZrcNcZ+tbHyMkmCvW/uvuW5Dp3w3U+AZ8z"
    "c0vZOyMkMiprC9NmsPCWgT5CUg1bMz62NrZm3V4qwLgITFh5SRYjVDKHdok8i5wF3ZQLWB"
    "EfzsE74K5LdvaQbMWdj9jN3UW3c8t9vVeH6NPU/qXT/pVfDQ9H7KrZ8R3A+f+I4Yx/qfTv"
    "gIFYHY5YCziMtu8pvjqsBlPBxY8tGnm6eSMfxin05H/u2ncIvP8/Yt1+E87wd8Qu7jpdOO"
    "F/I3bb7/7SPif8D86G/QGe4d8mbbXjvb0W1NaoyJXsyrTUDHEnQpNooQkSVaaNdmJc6MNQ"
    "bePQbHVuO8His2Lk+M34hDdoN7vpwWBvxmHHKaXHdJU9picG861vm4RCxEhlO1e5nSNKqb"
    "LtnCCtocRcp4aO6jvLtnSSVg7pKrf0RDVMkK/F/GrGlL0mqTCXumG8y36yAQXawrJmzhSd"
    "tHKKEtKs8yYXxDVCIRF93m4cppPe0mC8ad7vasz2zxqMI50qw1IsnhJ2gGzNTfGpafCoUs"
    "ccC+qx7vlIbdRzb4kS90D4xa+qTkiVcuyIZU57NOhTNqZ9RocW/BRE9mZd33GxXLnAlnCC"
    "4SuKwP0lXGmyHV/CJU2mHzoqJqVBctIPqfNSYkxYvspeFRsKMXsJ2tdgFJXBNyy/G3xftu"
    "vG0H1fxGT0Pttk9D5lMrLpNDPUN8sBdipeH2T3zeq+0tfnL+Lrk5Jki8gFftieIfJNKcPx"
    "1i++MZG4BdjOLSGK+ybXESUpYxaCSbeNx23H24Bqtme46Bp+aQcbv9YRK2syMTRqb4lWQT"
    "3RMUmLG4jhDnVdeF4OlsXlcJQ0byP11QjZzG0gozsYxuArvRNki29beONXeHRSQY76Urgl"
    "ZOprU3tDrjbYjG8MKdz9MblFZET9vKONIdc9IU//sur9GXqY6OjI18co0YFZJBQpiH+xnh"
    "gJST8TlV8mmHLR8vxwmycez4MRM0EfcETxRlvWJtVB1VIHcVZVQYlM4VFRSpmNhMTEh7MV"
    "nr19W2nY1zB7C31DsTpOKcXqqojVAreRtITz8ib3o5+8Sqgp0ozuc8b5kIPds2m+qvxXSc"
    "P87sKyVzK7iBuKyPM5nFC0lLROHdOIzmNHZPxvBeN/I3vRlN3HTEBajfDEWqXCfcF9WCum"
    "qnmZ/JoqY55qbrCRYpqwRo2wu8TbmGwkjWpO/NmKYsPos6rJSHsOPxuDCPagW0+C6SN7ao"
    "8RyXD/LaZvANKBNygDfoREQr8F9Me3m9jNoH/Tvw2iuEswniEd3xeDH41YC7pXZ3DNo8PD"
    "Q2RGf2q3hngxPBqx27ub9gBo8Or6GGu4vum2h34NweGIXbZb3U4PL4ZH1WBkdaoZ+kZauD"
    "iljNWqjtItHauFbeXA90OBrDQS2Y0cI6xf3Na7t4WcxrBY9rh6m3YbszxXs+ZU2VQSEdPX"
    "iBk+sEQCcrfIZyR79x9DnDzomCHfmfwRds6y80mSTk4npaeT0gt1nFIu1FVeqKWvcfYwO0"
    "6jaJG8gnIzmv2sUqGIUjZ6PkUnWQABuOg1WxLXCImEVLRPBFOZFrEOlcBWSCtBzmZdy04K"
    "KToJrsyocQBEY767RUGNEcmOmobV99Mst3VIhER21QKbhoSRWgkbZdkcJbUM+2okNw2JdK"
    "4CSWBkYp09JNaRe1Xudq/KbNZ2BxhfhRX2gvqOaz0rCrSQrS8yQayDhbbtzCVDrY4U6DjL"
    "VABhPYwa3RLfDQJRjxTiqPhfBOCVFmYHKNcrgDWFbFJhVQDetTwr4X0G3pToX6kN3VITiC"
    "CCQDTJZEcS2OvSymqaKxJX+Yc1hpuG/Zncjy3LnTmK51D9nmhownbWHjVEZfraO4as0h7w"
    "63PrkTrEYuaS+H0zEW65+4eMGG64ZuB3qCbxw8tkbGYVgyFcwzVLGZxXBFUOgdjQ1LyXbE"
    "fhRtdp22OGTl+8t8zWG2dXY2kQuhent85+pMwr1S1XBLJbFuuWfKZXNHWhaoYr4FgyZ9Y0"
    "odTdCfShkZW0LLhrqsMheyxB7rZlUuh8Lp1atjBFWI4/e5pUxonFHDp24u3+YJiidFvZ7b"
    "KmkM2x8+aAj/fwlcoNlTiVbJadNwv9c0E137vMpUwPdQEFV4kMammWFO/zWOXgG0Hf79+0"
    "eyX7Oac5J/g7YtAHeQyO/5+U94swnDve3U/6YGbjXl8fTOm5IveCqYCquWTKmcrsVVKxdT"
    "k3P+XeFPHow9G1NOHOEuubjVzVO/cDMcNyz+rcv8KbkaeZYVKeYhCIycSyySvsRw2C+V9e"
    "EzTWey51PvPcg34TkQe6JA61DRUYVer4pA5RNdtynJTSfS9PGTHophp1HKlrr6SuHdODCh"
    "lRMaxB8dpt2nD2oQB7efYhk7/EWy/ve1ix+XnXcpOqffMMeyOmPUEqufaqc+0pHvOFzO7R"
    "jbSyFvzIRlvPrfmRPb6KmNp1e0lsj/2A5mznidqwDNOFy5dlw3VImPaduBbB5uc31HANh/"
    "Wb0UcKVxYL06D6OVmY0F1S6/5+HsMXfs5Y8iIem6OHL9UJZVyJ1yCW5zqGTjknsSrL8YJL"
    "qktgWGFB35LvuZyNdYjnUMlIVJCRyJFGsnW6MSKZ0GcL5e1qfJWBP0Yk4d8mlVUVIk2Ofn"
    "7ZatF/NialZNLj7SJSjiL1cWY8Srjnww5TH8c2e83ipCKbwT7HST1Gij7LSf2K/IRKFt4Y"
    "5jNkQnz1hqMaOnA3xGKUoOc9cDsEQQOuxEZGJpgdgVWxgdtZEma56a0hdlj3CLimJok4Zg"
    "Z1/eHpU2SESBCRwTecIKppcvYMa3fOCVW1mf8k4Ij8HSgcgJgEQBVkmn5fpROOhCKs+sm/"
    "JE91UOWMzApdvazQMo/HfrQ75bMhbJsDoe6IZkoEF5ZlUpWJUc0WCcZAdoSw5mB20e93Y7"
    "LARSeRYq53d33RhhmCTxDrZMICJ0CembaMLn1NUb8EabvfBHmM5jIMkbQ9s5zjWJpSOo/V"
    "UwB+6SEgUy1UX7R96UC+4cy2XJdjm5KBV/caefKvGy1VwIjAQ+aojcIo+mbOFyAdjpdcMH"
    "W88R8UJr9XKiOqxgs2UMw0DRQ+VV2HEe80yNhyZ6+JwbhQqXm2Tf3xmTAj7OdBI/YEfc16"
    "CoXp8PM/B8/TuYEAWBbtAY6D50VD/dBhks55Ta8caoM8/Hf8MzTq/D2s7M1i+TpLQv4dt1"
    "VYcLiDz/DlYGlqeCGxeNUcRTmtFUGVheHKcFphJy8D8JqkhhC/OyuU7PcsJ9fvWSrWjU9e"
    "pTQIQXnJKgmlL4e6jtAxJC/9eoxsX8C+wNR7gKzrFXHQ4DkpBKxUmKsim42COxjTaBdio7"
    "IbQPohVIs5wCblxyWWryiNdG1MrF1p18aF6jhPFozcmerMyuCcIqwhs3D68WORwPiPH7MD"
    "4/FeOsJ4U0NQSFtlrE8wg0uz95u/mxIcjNhFs/ezct3sNb+0B+ckejZi/aurTgsvBwcj1r"
    "y87vTOCf/byEx0VojDy2Hwkk0Gq4kwdViu7n1NdEDVezg1Ha3qXcbyZffyenkFxwwCKisZ"
    "yxehkO71gmH0QobtmsN6+JjTGgKaYxZ5iYy+FUO4qFGkdEJfnDF3AOxFUE09UY0sK5VL6n"
    "2kkO4mQFr1dMNV6CPFp6cZ8RIx0k2sqf1Ij3H6zYySjvZK13qgop2Yy4HkzoZYzxHyyYVA"
    "Mhf2lhB1FxUSuncLjh/1vR08tfRMiKEUbrUrczbkoRSkYpYgHTKxRZPahoa6sJQtJbjTyL"
    "WmrMtIW8qh+sm+bSmP1HaMck6tEZIqK5yrpNzHQVUC4aB4DdF9V3RT5bw9ldN+FsylIk+L"
    "bIfhCIkMii3pE/yibgHf/x+cAf7n"
)
