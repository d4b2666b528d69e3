from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "clock_announcement" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(64) NOT NULL UNIQUE,
    "park_id" INT NOT NULL,
    "announced_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "clock_announcement" IS 'A service clock whose fall due was announced: the unique key lets one process only, of';
        CREATE TABLE IF NOT EXISTS "holiday" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL UNIQUE,
    "name" VARCHAR(50) NOT NULL,
    "working" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "holiday" IS 'A day off the Monday–Friday rule, for every park: a holiday (`working` false) or a';
        ALTER TABLE "financing_need" ADD "first_proposed_at" TIMESTAMPTZ;
        ALTER TABLE "financing_need" ADD "fulfilled_at" TIMESTAMPTZ;
        ALTER TABLE "hiring_need" ADD "first_proposed_at" TIMESTAMPTZ;
        ALTER TABLE "hiring_need" ADD "fulfilled_at" TIMESTAMPTZ;
        ALTER TABLE "park_settings" ADD "first_proposal_due_days" INT NOT NULL DEFAULT 5;
        ALTER TABLE "park_settings" ADD "outcome_due_days" INT NOT NULL DEFAULT 20;
        UPDATE "financing_need" SET "first_proposed_at" = (
            SELECT MIN(p."created_at") FROM "proposal" p
            WHERE p."financing_need_id" = "financing_need"."id");
        UPDATE "hiring_need" SET "first_proposed_at" = (
            SELECT MIN(p."created_at") FROM "proposal" p
            WHERE p."kind" = 'RECRUITMENT' AND p."hiring_need_ids" @> to_jsonb("hiring_need"."id"));
        UPDATE "financing_need" SET "fulfilled_at" = (
            SELECT MAX(p."outcome_at") FROM "proposal" p
            WHERE p."financing_need_id" = "financing_need"."id" AND p."status" = 'COMPLETED')
        WHERE "status" = 'FULFILLED';
        UPDATE "hiring_need" SET "fulfilled_at" = (
            SELECT MAX(p."outcome_at") FROM "proposal" p
            WHERE p."kind" = 'RECRUITMENT' AND p."status" = 'COMPLETED' AND p."hiring_need_ids" @> to_jsonb("hiring_need"."id"))
        WHERE "status" = 'FULFILLED';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "financing_need" DROP COLUMN "first_proposed_at";
        ALTER TABLE "financing_need" DROP COLUMN "fulfilled_at";
        ALTER TABLE "hiring_need" DROP COLUMN "first_proposed_at";
        ALTER TABLE "hiring_need" DROP COLUMN "fulfilled_at";
        ALTER TABLE "park_settings" DROP COLUMN "first_proposal_due_days";
        ALTER TABLE "park_settings" DROP COLUMN "outcome_due_days";
        DROP TABLE IF EXISTS "holiday";
        DROP TABLE IF EXISTS "clock_announcement";"""


MODELS_STATE = (
    "eJztXelz4kiW/1cy/KWrNpiasuvoWtfGRmCMq5jG4MW4e3qaDllIiVFbpGgdptnZ+t/3vd"
    "SBjhSWuCxU+QWElC8lfi+V+e7898nM0qnpvGl6uuG2nyhzT87Jv0+YOqNwILjaICfqfL66"
    "hidcdWzy5iq2U2jUcOy4tqphlxPVdCic0qmj2cbcNSyGBL9MLaJNVfZAdbKYqm4DPin7TO"
    "7nqv2oGPo9cTRrTh1+kaiMWJOJoVGbzNQlsamqv8H76JYGNzLYw+669Jjxp0cV13qg7pTa"
    "0PFvv8Npg+n0L+rgz99OrPEfVHMVdzmnSBL8NPST37Hp/FGZGNTUE3jCRbjEz/t0cK7D3C"
    "veEP/JWNEs05uxVeP50p1aLGpt+NA+UEZt1aXYvWt7CC3zTDNgRIi2/y9WTfzHj9HodKJ6"
    "JjIIqf0HWJ07UZRef6jctoeKcpJhXkgRAz84pVkMGQ+P6vB//4CP8Lez0/c/vv/07uP7T9"
    "CEP2Z05sdv/q1XwPiEHJ7e8OQbv666qt+C478CFUYYPlEG2NZUtcXIrihS6MJjp9ENsVwH"
    "b3hihe9qvB8C4Jn6l2JS9uBO4efH92vQ/Lk5aH1tDl59fP+aj1l4Pf1XtxdcOeOXEPAVwK"
    "mBXhTlFFkNoX53VgDqd2e5UOMlIdSieeJZoIXzRR1g3v2IDtaCEpNxjOL5GVmAcDDhrgH4"
    "+KbkFZ6ON5up9jKL5z9u+z0xoDGSFKC6obnk/4hpOEWArdrQXYMbgoE9zxznTzM+RF9dN/"
    "+ZHr2tbv+Cg2M57oPNe+EdXKSg10BmAXAU1c2ifwlXXGNGxRxIUqaZEJC+CQ92w4qDDnKU"
    "5vrMXAb3XcOZYee6fTtsXt8k2HPZHLbxyhk/u0ydffUxxbKoE/JLZ/iV4E/yr36vneZi1G"
    "74rxN8JtVzLYVZC0XVYxCFZ0MYE0wHAcayy01gcZI9zWCHXSJ2MIWhnD55zBMqLTsL75Vl"
    "U+OB/USXHOUOPJLKNJF8E6hOdw4tsgBXDNxv4egJz64e0VYXkWKTGFTw3+EfU5f/+wGM8E"
    "GnBSAjxmNVe1yotq4kwMYr1pmVOhO1zV6anc3SZ1SmPnB48H/gU0caqzsdWo+UnQjV2fBi"
    "Y702605BAwzbPavMNsmYqjZokpzmM7Fg6iGG65BHugRldKo6U2I4xAHIqEBxLU/+vJIqFd"
    "FDKqKccQoyqoz0nqTajfj+sjDvWXg/LonnsItifUUe+tfcgN424HqSsn5y7pEwOQRpLZdt"
    "+gTT4SbvdpJyB1yupkhWCy57IBSX015iFBspL5WbqPervXiB1nEY5aVq4BbVXmKDKqG8tJ"
    "q3reZl+6V0lwuVPZ4I1BZ+vrFOYxmHLZ7TVfKhlDpFtXQK/p2BNV+bCNvX0A1w9vZtAVUC"
    "WuXqEvxaSpmAt6gMvmH72ulpu/dlST0tH/p66WkZSSR/4Yz54GxL9zTXyQ6Oi4Dy6qcBNd"
    "UcV32wKLZsqhvujd/XEY6EPFklIy9viVO97NDf9il/tUxLe2wyZnkgHM9yQqKyjdZKZho2"
    "V9R0+wI2ZeDbk6FRwnsgi6nlUGxsEt2jZKE6JOxUB2imlPisQ6MxAXnWIRajBF41jToONy"
    "k3iDUR2J73cZsRm1oL+sRjq9iSOAtK542oI2K40opdQYkTWFpGIAqa104eqkPQSdUWu12H"
    "nURz0gYyZppWSpk1kjL3Kh5YszksZ0KhILi0XhSINSqw/gfNYTklKsEJ4Q25hyXVgKfVFV"
    "hxJ4ZJ72EdpnOHL8wT6A+PVJfoVDN0SqhpPBhjwzTcJXkFQ9GDmy4bAhlgX7caMcf4XxQt"
    "VMdpEJdqU2jvGA+My6zOa8LFiygQG5q5JLwv3mj2hqwezhdNNC72E9TGRyxGa1OTqg6QvV"
    "KJ86enui61XwePjL50m2qWrTf44yMxwU5MFd5vnRiM3If0iudo2n0D+/Yv8N8Ii6lqdGqZ"
    "Ojrq8Z8zizyppqH73WnwLBTuC2+jY/kNwlv9gHdXTWItYBLBhiNm0wfDgSeUclAF5SBped"
    "uv5Q3fqDL4hu1rJ2mefioA7umnXGzxUhLacOYtA2+cpoZD+LQIxvkQpxHGBU3hC5oY4zbz"
    "ZhknWzL+OdFDlRE/ue60Bv1zwr9G7Pa62e2eE/41Ytfty87dNVzk3yPWbQ6+tM8J/0qLGE"
    "X4VORdyH8VMm/CBGR8HZZzUX4Q6gfidyFJtU4zqA6XdhFIgJJ9CkA6m5vWklLBOM+VMBI0"
    "UnEVK64gIyo2pkqCzDehguF5YTzkB3ML6esE9X+enb179+PZ23cfP314/+OPHz69jTDPXl"
    "oH/kXnC+KfmDCyDEGlRIkrJVl+5KeyCIkPn9Ry8l8Tj/HMRjL2DNM1mPMG7/ffJ4efSfaS"
    "6hLqhIJ3xbJAb2Ni9sTJUlwZA92+2BGdOSzyF/1+N4H8RSc1+nt31xftUNqBRoab81JEun"
    "9561qKVIbjVTkcL23jKTP3iWi3mvqOh897meMSBqgy+luGcCOVomLo71tRjkDbJN44QSpn"
    "uCrPcDIUKf8Vq5eTSDpcDxhmjnBl0S0dZn4TdHNk4BYNM48NqtI5sjFLlsEARXgehVGqbx"
    "kNdhV21qO+XlQT6BOv/9SwdwTXV95TnbEC6R0mX9XcEqiboJu6wiQDMQ8aiJmI7RXFW6SD"
    "f9dEXfCmyjzWtkhCv8oef3DCaIOA+A1GA4BI+B/3mI+P7v0/PctVyRT+FBkvSQt05c7gun"
    "1JMHig1b++6baH8Ct6xz6nHSP7u9OIQW+8ksDMeqLYh215D1MCjIT7wP9UTeLNUXwNAjkw"
    "VAKDIhaGOzUYv6cLtwSwR2zEmuSq80//Bvh8WJTAD6uADuCDPVDy6n5mMAVPKOP5/cg7e3"
    "v67h7VuPDU688Y7NG9GfzNNNgj1XnoKMMPjBjF3qwF84NMoREGo+A5lzLLJnPTc8i9M0eZ"
    "FftqxJ/Tmgd/aGJa0BYh0agBN3mQ8RUyvqJaq80B4ivwNVRnlsfc8v6lLG2d1KED+5aQ1R"
    "szIkMrGbE5I2BUu9SeKTOLudMyHm0BZZ34sDO/Ng7XDRHOUkqEBQj7UpTqGBsHHiV7ONxq"
    "esJFx5K+aJ/o3Bc7RwwEQuX013Pif/u/PwS/P/yaFqtfIN4oJvuWnF5iVLI8n3hm2QDYJJ"
    "UEVlC6NVSmSsCaoJGgZkHlGugG4zVDJ8HNghso9RvAK6CUAAsAtuCfgjDm23GLRoIkqWRN"
    "5y2CQIJYfEMUdZvPgCSVjD/cOVtWIfvlGJOmk6zZOWts+qfHizymY3EF5pZ1saJr+5HBoy"
    "WCR1GnCXI2FfWBKkuqilxna3UiIf3hzAJvj2S95k4hAMtjgvCmXIBTVNLakovspsZbEXWd"
    "YD6w+Za7QsuO8iSRnDuEoG46wAXEtUH4wIOb1xBQAEhDoHTlZyqmyL7rVEXc1e1J4FJeK/"
    "CtiPYm3WWc9uGJo5XtZDh1/uxR33BqDFEqF04do6iT3LOvcOqwfPOW4dRhnegjA7doOHVs"
    "UG0RTn34gNeKGY33FdGZzA4QwHsNGv3Qws89pwe8aPTcmtHM/5aSCmUN/6SNQw4WSGGVXM"
    "vmLMCSi+eJvIKIO8GlZLRr0CiI/RRcD/M4hFXw4bySgf7b2sDdZHqBIHA3k3+QH7ibzHvg"
    "bWV1+2Na8BpkTQwosBQG+1hQqShf50kQfdcaD8ycrrd5BaKIel9BQJmhetK/afdK+hw4zT"
    "nBzxG7bg5bXzEgKDgYsau77lWn2+VBQuHhiKEwfDlo/gKE0eFJsSGfTDkuUhX/NL8q/umR"
    "V8WX+7XuRHWaGLbDl1vodyPeCzuQOedVzjn3WQZ/EA5mWzA93YPkeqW57pkTwzQ343eKVn"
    "K6ypzGzDPdVhdsA06naSWnq8zpTd1j0vO7s+p8m6SUyHSS592/c89GiVKsQophjZHUMBXz"
    "Q6FUzA9rUjE/iDaZkwG1Lxoe+HLZI1VDfucTiE0n1LbRHuf7ZUpFxoqpZXzszl+AMJKylB"
    "U7SSSH//Me3NjeLls6cWNbyRwZxEX9uMnRJV25u0d8r8V5YjWxBA6+ZMWsfO9erEaXdO1J"
    "15507UnXnnTtSddeRayD0rV3kOmvSiyXrj3Jdena+845LV173wunXcMV7XeS7/2ICGro+9"
    "hLGUrbMqmiASQPVt6GlAVqlqU7qTL6J+3el06v3R50el+UASgvyd8jdvsTV2WU4aB52b49"
    "J8nfI3Yz6F/etYadPqg4q2Oga3bbt8p1c/ATvDi9L0CYPIE6VK/5pX3d7g1RjQqPR6x/dd"
    "VptZXm5XUH9a3YL+i1PfgZfuJzBEebaFNnxYbOmpGTHjhTUBnKZvsmaKTBWlTu6xHEkHLV"
    "SyIK6ZfZvWPSYArVPS2nVkmx2THTSaVnxx4s5ecEP0fsH3e9Tn+gfO18+XpOYj9GDD+V29"
    "bXfr97TmI/RuznfquJ82Gzq7T6MG/idrPZcyN20Wx9bXf7g3MSHuH8eDtsD3BuxO8Ru+y3"
    "hv0BCCLnJDqsxuznqKZqLxVkbem4oyxtnabCA8cehWACuzdmxIpWMmJjRkgXtnRh18uFvV"
    "f3rGUauro8Eflmg0uNtY7ZWKMCG6VAU2JNJnwfjmuLwU9/548rG3shtmcC2cSyCX2i9pJg"
    "wuk5UUlwF/LqfmHZj8CSe/8Wrwlu4JFeifd1nxGbqY/0b96cBFf92zAgXFD6SJkeJ/QHws"
    "j7pL19N/LeT05PX8v9RSrogA5Gb1HXc9B8107nKiShF3Q5yw1ZYlHAhYKA18QAp+X5YPoQ"
    "yI/rqhPFqA5YfPJlRuQO6xP5O1pt4qdJUsr6RBU25kcRbhmZ6vDSVnduiyQtPL1WyjKDBg"
    "UkLNNSGZnbMOr83dZUh8y9sWk4U76FGsgqsII1yNhyp/5maU4D2wCRqs8MRmyqWbYObQ33"
    "jUCw2nX3UhqqljQUMVMR2RnzxaI03XcsH1nMr0JcLokkRSVNEKLtMoynTaBNk0lsZa3G70"
    "AWKhKVGC7HyrikwTRLKN+q542mMdR2YDgtuEV01TAuajXNDrFKWU6vVVebDiyPCRNbYlfX"
    "SvYzbKfYUcMCEj5vTCa2NePmzZk1o8zFvZgNh8CQsWEgnJPBXa/X6X2JNnLGvZHh4gMFeR"
    "yoGN9NGWvmmXjapSJZfz83wv2h7yfGgwezGN+vms7m7pLw2tT8PsB1yneMdizziWsKn8n9"
    "FJZvdwwLDSwz98EDzOaUb2+9mFpoxiW2x3Cb6RF75Vt1HYrbV6Pp1rFeN+DD37paDf4YkD"
    "mUm3KBVjfwTg5hlmtoVIc76jDpmwZIZcENgz9mQ/98e2l8VLQb/+AE/eHqRkxjJjWbSmo2"
    "jwYTwFosciKkrbIJ8+Sq02v2WjzgKzocsUG7NbjrDP1Yr9iPTcIXvvdUGCl17kbqXICcM3"
    "VLRZfFSGSFiy0CyYKFtwz0MZJqRPbhbWsT2afbSwUEl5IOnxiV3G2shMeHi6CbSgER8eGS"
    "ZQPpuuRgD8ki6XzEbu4uup1bnjcbHWIEefvnTvsXfjY8HLGrZsdPpuXfI4Yz/qXSvwMBIj"
    "ocsRZIGG0/6zY6rIZQwdWPLZj8sDmTD5OCc/I/d+07BN7/HrFuvwm/8HPELu46XfjBv0bs"
    "tt/9uX1O+Bf8GvYH+Au/NuHVjndBn1Nbo6LA/SvTUnPUnRhNikMTJKoMj3biXOjDq9rGV7"
    "PVue0Ei08kyPGLyQlv0G52sy+DvZmEnaSU+WnVcWkLck4N5nvfNkkxTpBKPleZzzGjVFk+"
    "p0hrqDHXidFxe2dZTqdp5StdZU5PVMME/Vosr+ZM2SuSCkupG8dU7qOyamAtLOvmzNBJL6"
    "eouOdqh6mCuMYoJKLP+43Djbe2dBhvukNaNWb7Zx3GsUGV4ykWTwk7QLbmrvjMNHhUZTiP"
    "BfXE8HyiNtq5t0SJRyD87HdVJ6RKBXYkqlA/GXSRj2mf0aEFHwWRvVn1d1wi11pgSwTB8B"
    "VFEP4SrjT5gS/hkiZLuR6VkNIga0q5ysSwvZZI0uAtKoNv2H43+L7s0E2g+66Iy+hdvsvo"
    "XcZlZNOH3MIqeQGwD+L1QQ7fvOErY32+k1ifEtl26YIShig2pYzEW79qEsmJCsXOLSFKxi"
    "bXESWpYxaCSbeNp23ftwHVbM9wMTT8ErurK1bWZGJo1N4SrYJ2omPSFjdQwx3qunC/NVgW"
    "18NR07yN9VcjZJN6eGJ20z2haegaVr6hhZ8F7ZYtm+qGe+N3eHRawRrzJf9/Ssoqkfm3Ng"
    "4vECzjdnYfVsvmI/iRLgMBFAiVAPjABhoN86BRzPwcJMMISEOzR8KA2mretpqXXPpS0gaF"
    "b8/aX6LRn2OHib8d6+0xSvzFLJKKFOS/WAtGQtLPROWnCRa4tjw/3WbB83kwYyYYA44o32"
    "jL3qQ5qFrmIC6qKqiRKTwrSimzKauY+HC+wo9v31YadvHGIqqp6PAK6OqyDNZrejgc4B+O"
    "BG6YhEBTpZvgLCI9HMBnxzKgZVWmfKiP004kiIPKquwvH0Ny9KvxVlWunos2CVWyPceaVF"
    "WhKBlpsrs6A5ERSiTexwxUa0T7eCvpbj2mN3qdfC0T2iuY0B7bqLbsJucC0mrk29ZqJw11"
    "hvu+lK/Rn6TbSOComO3xZcrzq4x5oGQiTOWquGUJa8SE3e3bg9VzsqiuSaiMKDZMp6yajr"
    "TnfMoxqGCPurUQTB/5U3uCSNav2GL6BiAdeIIy4MdIJPRbQH98W43fDPo3/dugLEEJwTOk"
    "49vq8aMRa8Hw6gyuebmD8BCF0X+0W0M8GR6N2O3dTXsANHh2dYw9XN9020O/h+BwxC7brW"
    "6nhyfDo2oIsjrVDH0jK1ySUiYfVsfo5kdnpbnswP+HBnl1UfKZnCCsXyLi6dtCUZDYLP+9"
    "epuNgwzdAJtqImL6GgnDB9ZIQO8WBUHl4h+1rxHkO3ePlZ1P0nRyOik9nZReqJOUcqGu8k"
    "Itg+fzX7PjdIoWKZQp97LczyoVqihly0Fk6KQIIAAXw8BL4hojkZCKYryYyrSYd6gEtkJa"
    "CXK+6Fp2UsjQSXBliZgDIJoIRi8KaoJIDtQsrH7gcbm9cGIkcqgW2AUnTD1M+SjLFt2pZR"
    "5jI70LTmxwFahqJCtF7SZ+T6CF7QDW+iUnp5EttNV9vmi7A4yvwg57QX/HtZ4VBVoo1heZ"
    "IFbZb9sO5pK5g0cKdFJkKoCwHqZBb4nvBpnVRwpxXP0vAnBkhdkByvXKyM4gmzZYFYB3pc"
    "9KeJ+BN6P6V2qHwswEIsggEE0y+ZkE9qq1Ek1zRRKF/7DGcNGwP5P7sWW5U0fxHKrfEw1d"
    "2M4qooaoTF9Fx5Cojgc/P7OeqEMsZi6JPzZT+cO7v8mI4Q6CBv4P1SR+eplMNq5iMoRruG"
    "Yph3NEUOUUiA1dzXsp3xXu3J71PebY9MWbJW29E3w1lgZheHF2L/gnyrxSwzIikMOy2LDk"
    "M72iqXNVM1yBxJI7s2YJpe1OYA+NraRlwV1RHQ7ZY0lyty2TwuBz6YNlC2verYlnz5LKPL"
    "FEQMdOot0fDVNUPy6fLysKyY6dswP+vIePVO5VSVJJtuycLfSvOdX86DKXMj20BRRcJXKo"
    "pVtSvHFplZNvBGO/f9PulRznnOac4OeIwRjkOTj+d1rfLyJw7ni7ShmDmY97fWMwZeSK3N"
    "yoAqbmkiVnKrP5TsXW5Ty4y5WyLWuIxxiOrqUJt0pZXWysNb3zOBAzbPeszf0rPBlZTA2T"
    "8pqZQEwmlk1e4ThqEKz/8pqgs95zqfOZF9P0WUQe6ZI41DZUEFSp45M6RNVsy3EyRve93G"
    "XEYJhq1HGkrb2StnasdysURMWwBs1rtwvJx/cFxMuP73PlS7z08rGHFZufd603qdqfnmFv"
    "JLSnSKXUXnWpPSNjvpDbPb4zXN6CH9s57rk1P7ZpXRFXu24vie2xH9Cd7SyoDcswnbt8WT"
    "Zch4T7GBDXIsh+fkEN13BYvxl9onBmPjcNqp+TuQnDJbPu7+c2fOHngiVv4rEZRvhSnVDG"
    "jXgNYnmuY+iUSxJRW44XnFJdAq8VNvQ9+Z7LxViHeA6VgkQFBYk12ki+TTdBJAv6bGG8jd"
    "6vMvAniCT825SyqkKmydHPL1st+s/mpJQserxdRspRlD7OzUcJNzHZYenjxO7FeZJUbHfj"
    "5ySpp1jTZyWpX1CeUMncG8N8hkKIb95wVEMH6YZYjBKMvAdphyBoIJXYKMgEsyOIKjZIO0"
    "vCLDe718kO+x6B1NQkscDMoK8/PP0BBSESZGTwHVSIappcPMPenXNCVW3q3wkkIn9LFQcg"
    "JgFQBYWm36JywrFUhGic/C5lqoMaZ2RV6OpVhZZ1PPZj3SlfDWHbGgh1RzRXI7iwLJOqTI"
    "xqvkowBrIjhHUNZhf9fjehC1x0UiXmenfXF22YIfgEsSomLAgC5JVpy9jSVxT1K5C2+129"
    "x+guwxRJ2zPLBY5lKWXwWD0V4Jd+BWSpheqrti+dyDec2pbrcmwzOnB0rbFO/3XjrQo4EX"
    "jKHLVRGcXYzNkctMPxkiumjjf+g8Lk90plRNV4wwaqmaaByqeq6/DGOw0yttzpa2IwrlRq"
    "nm1T//1MuRH2c6MRW8BYsxahMh3+/c/B/XTuIACRRXuE4+B+8VQ/DJikM97TK4faoA//Hb"
    "8MjTp/Dzt7M1++ztOQf8NtFeYc7uBv+HqwdDW8kFocsaOopBURVFkZroykFQ7yMgCvSGoI"
    "8enHQsV+P66p9fsxk+vGJ69SFoSgvRSVhNqXQ11HGBiyrvx6gmxfwL7A1HuAqusVCdDgNS"
    "kEolRYqyJfjIIrmNNoFxKj8hkg4xCqJRwgS/lxieUrTiNDG1NrVza0ca46zsKCN3eqOtMy"
    "OGcIaygsnH34UCQx/sOH/MR4vJbNMN7UERTSVhnrE6zg0uz96u+mBAcjdtHs/aRcN3vNL+"
    "3BOYn/GrH+1VWnhaeDgxFrXl53eueEf23kJvpYSMJbI+ClWQaribB02Frb+4rogKb3cGo6"
    "WtO7zOXLH+X1igpOOARUVjKXL0Yhw+sFr9ELObZrDuvhc05rCOgat8hLVPStGMJFnSKlC/"
    "rijLkDYC+CbuqJamxZqVxR7yOFdDcJ0qqnG65CnyjePSuIl8iRbmJP7Sd6jNNvbpZ0fFS6"
    "1iMV7cRcDiR3OsR+jlBOLgSSObe3hKg7r5DSvVtw/Kzv7eCpZWRCAqVwq11Zs2EdSkEpZg"
    "nSIQtbNKltaGgLy/hSgiuNtd6UVRvpSznUONm3L+WJ2o5RLqg1RlJlg3OVjPv4UpVAOGhe"
    "Q3RPi26qvG5P5WycBXOpKNIiP2A4RiKTYkvGBL9oWMC3/wfrmgYo"
)
